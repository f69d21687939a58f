// Direct access to the browser tests' database (scripts/e2e-server.ts creates it; the URL comes
// from playwright.config.ts), for fixtures the UI cannot make yet.
import { createPrismaClient } from "../../../lib/db-client";

export const e2eDb = createPrismaClient(process.env.E2E_DATABASE_URL!, 4);
