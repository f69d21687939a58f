import "server-only";
import { db } from "../db";

/** Whether this instance reaches its database: one round trip, for load balancers' health checks. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
