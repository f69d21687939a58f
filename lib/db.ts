import "server-only";
import { createPrismaClient } from "./db-client";

// One client per process; kept on globalThis so dev-mode hot reloads do not open new ones.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
