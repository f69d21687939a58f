// `npm test`: every test. Vitest (unit, then integration against a real PostgreSQL), then
// Playwright against a production build on a throwaway database. Ends with one summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

console.log(`Node ${process.version}`);
mkdirSync("test/.artifacts", { recursive: true });
// Old reports must not be counted if a step stops before writing its own.
for (const f of ["vitest-results.json", "playwright-results.json"]) rmSync(`test/.artifacts/${f}`, { force: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = [
  ["Prisma client", "npx", ["prisma", "generate"]],
  ["Type check", "npx", ["tsc", "--noEmit"]],
  ["Vitest (unit and integration)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test/.artifacts/vitest-results.json"]],
  ["Playwright (browser)", "npx", ["playwright", "test"]],
];

let failedStep = null;
for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    failedStep = label;
    // Keep going after a failing test run so one report covers everything; stop on a broken setup.
    if (!label.startsWith("Vitest")) break;
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
const vitest = readJson("test/.artifacts/vitest-results.json");
const playwright = readJson("test/.artifacts/playwright-results.json");
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
console.log("");
if (failedStep) console.log(`Failed at: ${failedStep}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
