import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accessCodeHash } from "@/lib/cases/access-code";
import { verifySecret } from "@/lib/passwords/hash";
import { DEMO_ACCOUNT, DEMO_OFFICER, DEMO_REPRESENTATIVE, seedDemoData } from "./seed-demo-data";

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
    expect(user.role).toBe("APPLICANT");

    const officer = await db().user.findUniqueOrThrow({ where: { email: DEMO_OFFICER.email }, include: { mfaMethods: true } });
    expect(officer).toMatchObject({ role: "OFFICER", registrationStep: "COMPLETE" });
    expect(await verifySecret(officer.passwordHash!, DEMO_OFFICER.password)).toBe(true);
    expect(officer.mfaMethods.map((m) => [m.kind, Boolean(m.verifiedAt)])).toEqual([["EMAIL", true]]);
    expect(first.officerBackupCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const representative = await db().user.findUniqueOrThrow({
      where: { email: DEMO_REPRESENTATIVE.email },
      include: { mfaMethods: true, securityAnswers: true, representativeProfile: true },
    });
    expect(representative).toMatchObject({ role: "REPRESENTATIVE", registrationStep: "COMPLETE" });
    expect(await verifySecret(representative.passwordHash!, DEMO_REPRESENTATIVE.password)).toBe(true);
    expect(representative.mfaMethods.map((m) => [m.kind, Boolean(m.verifiedAt)])).toEqual([["EMAIL", true]]);
    expect(representative.securityAnswers).toHaveLength(5);
    expect(representative.representativeProfile).toMatchObject({ kind: "ATTORNEY", verifiedById: officer.id });
    expect(representative.representativeProfile!.verifiedAt).toBeInstanceOf(Date);
    expect(first.representativeBackupCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // One current paper G-28, on one of the applicant's cases, recorded by the officer.
    const g28s = await db().representation.findMany({ where: { representativeId: representative.id }, include: { case: true } });
    expect(g28s).toHaveLength(1);
    expect(g28s[0]).toMatchObject({ source: "PAPER", endedAt: null, recordedById: officer.id });
    expect(g28s[0].case.ownerId).toBe(g28s[0].clientId);
  });

  it("gives the account cases with history, one with an open request for evidence, and leaves one paper case to link", async () => {
    const { paperCase } = await seedDemoData();
    const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
    const cases = await db().case.findMany({
      where: { ownerId: user.id },
      include: { events: true, notices: true, evidenceRequests: true },
      orderBy: { formType: "asc" },
    });
    expect(cases.map((c) => [c.formType, c.status, c.actionRequired])).toEqual([
      ["I-130", "Card Was Mailed To Me", false],
      ["I-485", "Request for Additional Evidence Was Sent", true],
      ["I-765", "Interview Was Scheduled", true],
    ]);
    expect(cases.every((c) => c.events.length >= 2)).toBe(true);
    expect(cases[0].notices.map((n) => n.kind)).toContain("APPROVAL");
    expect(cases[1].evidenceRequests.filter((r) => r.respondedAt === null)).toHaveLength(1);

    const unlinked = await db().case.findUniqueOrThrow({ where: { receiptNumber: paperCase!.receiptNumber } });
    expect(unlinked.ownerId).toBeNull();
    expect(unlinked.accessCodeUsedAt).toBeNull();
    expect(unlinked.accessCodeHash).toBe(accessCodeHash(paperCase!.accessCode));
  });
});
