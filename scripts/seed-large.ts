// `npm run seed:large -- --programmes 100000 [--database portal_large]`: fills a throwaway
// database (on the portal's PostgreSQL server, dropped first) with a synthetic catalogue for benchmarks. Deterministic (fixed seed),
// bilingual, spread over every kind, area, level and mode, with offerings in the past and future.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { AREAS, LEVELS, MODES, PROGRAMME_KINDS, defaultAdmission } from "../lib/catalogue/codes";
import { analyze, createPrismaClient } from "../lib/db-client";
import { env } from "../lib/env";
import { recreateDatabase } from "../lib/postgres/databases";
import { indexProgrammes } from "../lib/search/indexer";

const { values } = parseArgs({ options: { programmes: { type: "string", default: "100000" }, database: { type: "string", default: "portal_large" } } });
const total = Number(values.programmes);
if (!Number.isInteger(total) || total < 1) throw new Error("--programmes must be a positive whole number");
if (!/^[a-z_][a-z0-9_]*$/.test(values.database!) || values.database === "portal") throw new Error("--database must be a database name other than portal");
const url = await recreateDatabase(env.DATABASE_URL, values.database!);
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
const db = createPrismaClient(url);

// A small deterministic generator (mulberry32), so every run builds the same catalogue.
let state = 20031015;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const topics: [string, string][] = [
  ["信息安全", "Information Security"], ["嵌入式系统", "Embedded Systems"], ["Linux 应用开发", "Linux Application Development"],
  ["通信协议", "Communication Protocols"], ["移动通信软件", "Mobile Communication Software"], ["电子政务平台", "E-government Platforms"],
  ["电子商务", "E-commerce"], ["企业资源计划", "Enterprise Resource Planning"], ["数控改造", "CNC Retrofitting"],
  ["教育多媒体", "Educational Multimedia"], ["系统集成", "System Integration"], ["网上信息服务", "Online Information Services"],
  ["软件出口", "Software Export"], ["软件国际化", "Software Internationalisation"], ["软件测试", "Software Testing"],
  ["项目管理", "Project Management"], ["CMM 质量改进", "CMM Quality Improvement"], ["ISO9000 内审", "ISO9000 Internal Audit"],
  ["数据库设计", "Database Design"], ["网络安全运维", "Network Security Operations"],
];
const forms: [string, string][] = [["实务", "in Practice"], ["高级研修", "Advanced Workshop"], ["入门", "Foundations"], ["专题讲座", "Lecture Series"], ["进修项目", "Further Study"], ["工程硕士", "Master of Engineering"]];
const DAY = 86_400_000;
const now = Date.now();
const started = Date.now();
const progress = (label: string, done: number, of: number) => {
  const pct = Math.floor((done / of) * 100);
  process.stdout.write(`\r${label}: ${done.toLocaleString("en")} / ${of.toLocaleString("en")} (${pct}%) ${((Date.now() - started) / 1000).toFixed(0)} s   `);
};

const institutionCount = Math.max(10, Math.round(total / 500));
await db.institution.createMany({
  data: Array.from({ length: institutionCount }, (_, i) => ({
    slug: `large-institution-${i}`, kind: pick(["national-software-college", "municipal-software-college", "university-college", "training-centre", "enterprise"]),
    nameZh: `重庆第${i + 1}软件培训中心`, nameEn: `Chongqing Software Training Centre No. ${i + 1}`, district: "yubei", status: "verified",
  })),
});
const institutions = await db.institution.findMany({ select: { id: true } });

const BATCH = 2000;
for (let offset = 0; offset < total; offset += BATCH) {
  const programmes = [];
  const offerings = [];
  for (let i = offset; i < Math.min(total, offset + BATCH); i++) {
    const [topicZh, topicEn] = pick(topics);
    const [formZh, formEn] = pick(forms);
    const kind = pick(PROGRAMME_KINDS);
    const id = `large${i.toString(36).padStart(8, "0")}`;
    programmes.push({
      id, slug: `large-programme-${i}`, institutionId: pick(institutions).id, kind, area: pick(AREAS), level: random() < 0.8 ? pick(LEVELS) : null,
      admission: defaultAdmission(kind), status: random() < 0.95 ? "published" : "draft",
      titleZh: `${topicZh}${formZh}（第${i + 1}期）`, titleEn: `${topicEn} ${formEn} (No. ${i + 1})`,
      summaryZh: `面向重庆软件企业的${topicZh}课程，结合本地项目案例。`, summaryEn: `A ${topicEn.toLowerCase()} course for Chongqing software firms, built on local project cases.`,
      bodyZh: `## 内容\n- ${topicZh}基础\n- 案例研讨\n- 结业考核`, bodyEn: `## Contents\n- ${topicEn} basics\n- Case studies\n- Final assessment`,
      feeYuan: random() < 0.3 ? 0 : Math.round(random() * 200) * 100, mode: pick(MODES),
      publishedAt: new Date(now - Math.floor(random() * 720) * DAY),
    });
    const count = 1 + Math.floor(random() * 2);
    for (let k = 0; k < count; k++) {
      const start = now + Math.floor((random() * 400 - 150) * DAY);
      offerings.push({
        programmeId: id, code: `o${k}`, startsAt: new Date(start), endsAt: new Date(start + 2 * 3600_000),
        opensAt: new Date(start - 60 * DAY), closesAt: new Date(start - 2 * DAY),
        capacity: random() < 0.2 ? null : 20 + Math.floor(random() * 100), status: random() < 0.03 ? "cancelled" : "scheduled",
      });
    }
  }
  await db.$transaction([db.programme.createMany({ data: programmes }), db.offering.createMany({ data: offerings })]);
  progress("Programmes", Math.min(total, offset + BATCH), total);
}
process.stdout.write("\n");

const ids = (await db.programme.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
for (let offset = 0; offset < ids.length; offset += BATCH) {
  await db.$transaction((tx) => indexProgrammes(tx, ids.slice(offset, offset + BATCH)), { timeout: 600_000 });
  progress("Search index", Math.min(ids.length, offset + BATCH), ids.length);
}
process.stdout.write("\n");
await analyze(db);
await db.$disconnect();
console.log(`Done: ${total.toLocaleString("en")} programmes, ${institutionCount} institutions in ${((Date.now() - started) / 1000).toFixed(0)} s → database ${values.database}`);
