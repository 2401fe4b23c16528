// Self-test of queryDatabase, the row check browser tests use.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryDatabase } from "./database";

describe("queryDatabase", () => {
  it("reads rows written by the portal, with parameters", async () => {
    await db().user.create({ data: { email: "rows@example.com" } });
    const rows = await queryDatabase<{ email: string; registrationStep: string }>(
      `SELECT email, "registrationStep"::text AS "registrationStep" FROM "User" WHERE email = $1`,
      ["rows@example.com"],
    );
    expect(rows).toEqual([{ email: "rows@example.com", registrationStep: "CONFIRM_EMAIL" }]);
    expect(await queryDatabase(`SELECT 1 FROM "User" WHERE email = $1`, ["nobody@example.com"])).toEqual([]);
  });

  it("says what is wrong without a DATABASE_URL", async () => {
    await expect(queryDatabase("SELECT 1", [], "")).rejects.toThrow(/DATABASE_URL is not set/);
  });
});
