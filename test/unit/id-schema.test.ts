import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { idSchema } from "@/lib/forms/schemas";
import { newId } from "@/lib/ids";

// Every id the portal makes must pass the schema that actions and routes parse ids with: the demo
// data's enrollments have UUIDs, and once they did not pass, no one could act on them.
describe("idSchema", () => {
  it.each([
    ["a cuid as Prisma makes them", "cmx5pu7bw0001ql08a1b2c3d4"],
    ["an id from lib/ids.ts", newId()],
    ["a UUID (seeded enrollments)", randomUUID()],
  ])("accepts %s", (_, id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it.each([["empty", ""], ["a path", "../users"], ["a space", "a b"], ["an object's text", "[object Object]"], ["65 characters", "a".repeat(65)], ["a lone surrogate", "a\ud800"]])("refuses %s", (_, id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });
});
