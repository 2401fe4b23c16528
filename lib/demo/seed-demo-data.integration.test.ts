import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/passwords/hash";
import { DEMO_ACCOUNT, seedDemoData } from "./seed-demo-data";

describe("seedDemoData", () => {
  it("creates one finished account that signs in with the documented password, once", async () => {
    const first = await seedDemoData();
    expect(first.created).toBe(true);
    expect(first.backupCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await seedDemoData()).toEqual({ created: false });

    const users = await db().user.findMany({ where: { email: DEMO_ACCOUNT.email }, include: { mfaMethods: true, securityAnswers: true } });
    expect(users).toHaveLength(1);
    const [user] = users;
    expect(user.registrationStep).toBe("COMPLETE");
    expect(await verifySecret(user.passwordHash!, DEMO_ACCOUNT.password)).toBe(true);
    expect(user.mfaMethods.map((m) => [m.kind, Boolean(m.verifiedAt)])).toEqual([["EMAIL", true]]);
    expect(user.securityAnswers).toHaveLength(5);
  });
});
