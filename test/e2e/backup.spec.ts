import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/db-client";
import { databaseUrl, recreateDatabase } from "../../lib/postgres/databases";
import { indexProgrammes } from "../../lib/search/indexer";
import { freePort } from "../support/free-port";
import { startInstance } from "./support/instances";

// `npm run db:backup` and `npm run db:restore` as an operator uses them: a backup taken while
// people keep writing, restored into a new database that a production instance then serves.
const run = promisify(execFile);
const DAY = 86_400_000;

test("a backup taken under write load, restored into a new database, serves every write acknowledged before it began", async () => {
  test.setTimeout(300_000);
  const source = await recreateDatabase(process.env.E2E_DATABASE_URL!, "portal_backup_source");
  await run("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: source } });
  const db = createPrismaClient(source, 6);
  const token = `b${randomBytes(4).toString("hex")}`;
  const institution = await db.institution.create({ data: { slug: token, kind: "training-centre", nameZh: "备份测试", nameEn: "Backup test", status: "verified" } });

  // Four writers publish programmes one after another; each write counts once it is committed.
  const acknowledged: { slug: string; at: number }[] = [];
  let writing = true;
  let next = 0;
  const writer = async () => {
    while (writing) {
      const slug = `${token}-${next++}`;
      const p = await db.programme.create({
        data: {
          slug, institutionId: institution.id, kind: "training", area: "linux", admission: "first-come", status: "published", mode: "online",
          titleZh: `备份 ${token}`, titleEn: `Backup ${token}`, summaryZh: "测试", summaryEn: "Test", publishedAt: new Date(),
          offerings: { create: { code: "a", startsAt: new Date(Date.now() + 20 * DAY), endsAt: new Date(Date.now() + 21 * DAY), opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + 10 * DAY), capacity: 10 } },
        },
        select: { id: true },
      });
      await indexProgrammes(db, [p.id]);
      acknowledged.push({ slug, at: Date.now() });
    }
  };
  const writers = Array.from({ length: 4 }, writer);
  while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 50));

  const file = `test/.artifacts/backup-${token}.dump`;
  const began = Date.now();
  const before = acknowledged.filter((w) => w.at < began).map((w) => w.slug);
  const backup = await run("npx", ["tsx", "scripts/db-backup.ts", file], { env: { ...process.env, DATABASE_URL: source } });
  expect(backup.stdout).toContain(`Backed up database portal_backup_source to ${file}`);
  writing = false;
  await Promise.all(writers);
  expect(acknowledged.length).toBeGreaterThan(before.length); // writes went on while it ran

  const restoredName = `portal_backup_restored_${token}`;
  const restore = await run("npx", ["tsx", "scripts/db-restore.ts", file, "--into", restoredName], { env: { ...process.env, DATABASE_URL: source } });
  expect(restore.stdout).toContain(`into database ${restoredName}`);

  const instance = await startInstance({ DATABASE_URL: databaseUrl(source, restoredName), NEXTAUTH_SECRET: "backup-test-secret-0123456789abcdef" }, await freePort());
  try {
    const served = new Set<string>();
    for (let page = 1; ; page++) {
      const answer = await (await fetch(`${instance.url}/api/v1/programmes?q=backup+${token}&pageSize=100&page=${page}&sort=newest`)).json();
      for (const item of answer.items) served.add(item.slug);
      if (page * 100 >= answer.total) break;
    }
    expect(before.filter((slug) => !served.has(slug))).toEqual([]);
    expect(served.size).toBeGreaterThanOrEqual(before.length);
  } finally {
    await instance.stop();
    await db.$disconnect();
  }
});

test("a file that is not a backup is refused before anything is created", async () => {
  const file = "test/.artifacts/not-a-backup.dump";
  writeFileSync(file, "-- PostgreSQL database dump\nDROP TABLE \"User\";\n");
  const source = databaseUrl(process.env.E2E_DATABASE_URL!, "portal_backup_source");
  const refused = await run("npx", ["tsx", "scripts/db-restore.ts", file, "--into", "portal_never_created"], { env: { ...process.env, DATABASE_URL: source } }).catch((error) => error);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("is not a backup made by npm run db:backup");
  const admin = createPrismaClient(databaseUrl(source, "postgres"), 1);
  const rows = await admin.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM pg_database WHERE datname = 'portal_never_created'`;
  expect(Number(rows[0]!.n)).toBe(0);
  await admin.$disconnect();
});
