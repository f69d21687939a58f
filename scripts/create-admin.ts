// `npm run admin:create -- someone@example.com`: makes that account a bureau admin, creating it
// (verified, with a random password printed once) when it does not exist. On the audit trail as
// a system action. Run under the react-server condition (package.json) so server-only modules load.
import { emailSchema } from "../lib/auth/schema";
import { hashPassword } from "../lib/auth/password";
import { newSecret } from "../lib/auth/random-secrets";
import { PRIVACY_NOTICE_VERSION } from "../lib/accounts/codes";
import { recordAudit } from "../lib/audit/mutations";
import { createPrismaClient } from "../lib/db-client";

const parsed = emailSchema.safeParse(process.argv[2] ?? "");
if (!parsed.success) {
  console.error("Usage: npm run admin:create -- someone@example.com");
  process.exit(1);
}
const email = parsed.data;
const db = createPrismaClient();
const actorLabel = "npm run admin:create";
const existing = await db.user.findUnique({ where: { email }, select: { id: true, bureauRole: true } });
if (existing) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: existing.id }, data: { bureauRole: "admin", disabledAt: null } });
    await recordAudit(tx, { actorId: null, actorLabel, action: "role.granted", subjectType: "user", subjectId: existing.id, data: { before: { bureauRole: existing.bureauRole }, after: { bureauRole: "admin" } } });
  });
  console.log(`${email} is now a bureau admin.`);
} else {
  const password = newSecret().slice(0, 20);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: email.split("@")[0]!, passwordHash: await hashPassword(password), emailVerifiedAt: now, bureauRole: "admin", consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: null, actorLabel, action: "account.created", subjectType: "user", subjectId: user.id, data: { after: { bureauRole: "admin" } } });
    await recordAudit(tx, { actorId: null, actorLabel, action: "role.granted", subjectType: "user", subjectId: user.id, data: { before: { bureauRole: null }, after: { bureauRole: "admin" } } });
  });
  console.log(`Created bureau admin ${email} with the password:\n\n  ${password}\n\nIt is shown once: sign in and change it under “Password and email”.`);
}
await db.$disconnect();
