import { describe, expect, it } from "vitest";
import { recordG28ForOfficer, removeG28ForOfficer } from "@/lib/agency/console/representation-changes";
import { db } from "@/lib/db";
import { readerFor } from "@/lib/i18n/translator";
import { applicantWithCase, createUser, officer as makeOfficer, sessionFor } from "@/tests/support/factories";
import { caseRelation } from "./case-access";
import { endRepresentationForClient } from "./end-for-client";
import { caseForOwner } from "@/lib/cases/case-for-owner";
import { representationsForOfficer } from "./representation-views";

// What the console's G-28 section and the applicant's "Who represents you" run on.

async function representative(name: string, verified: boolean) {
  const user = await createUser("COMPLETE");
  await db().user.update({ where: { id: user.id }, data: { role: "REPRESENTATIVE" } });
  await db().representativeProfile.create({
    data: {
      userId: user.id,
      kind: "ATTORNEY",
      fullName: name,
      organization: `${name} Law`,
      addressLine1: "1 Court Street",
      city: "Boston",
      state: "MA",
      postalCode: "02108",
      phone: "+16175550100",
      verifiedAt: verified ? new Date() : null,
    },
  });
  return { ...user, role: "REPRESENTATIVE" as const };
}

async function scene() {
  const applicant = await applicantWithCase();
  const client = { id: applicant.user.id, role: "APPLICANT" as const };
  const officer = await makeOfficer();
  const rosa = await representative("Rosa Alvarez", false);
  const ben = await representative("Ben Okafor", true);
  for (const rep of [rosa, ben]) {
    const done = await recordG28ForOfficer(officer.session, { receipt: applicant.receiptNumber, representative: rep.email });
    if (!done.ok) throw new Error(JSON.stringify(done));
  }
  const [rosaG28] = await db().representation.findMany({ where: { representativeId: rosa.id } });
  const [benG28] = await db().representation.findMany({ where: { representativeId: ben.id } });
  return { applicant, client, officer, rosa, ben, rosaG28, benG28 };
}

describe("the G-28s as the applicant and the console see them", () => {
  it("the applicant ends one from their case page: it moves to the past ones at once, with who ended it", async () => {
    const { applicant, client, rosa, ben, rosaG28 } = await scene();
    const before = (await caseForOwner(client, applicant.receiptNumber))!.representations;
    expect(before.map((r) => [r.name, r.organization, r.verified, r.endedAt])).toEqual(
      expect.arrayContaining([
        ["Rosa Alvarez", "Rosa Alvarez Law", false, null],
        ["Ben Okafor", "Ben Okafor Law", true, null],
      ]),
    );

    const result = await endRepresentationForClient(client, { receipt: applicant.receiptNumber, representationId: rosaG28.id });

    expect(result).toEqual({ ok: true, receiptNumber: applicant.receiptNumber });
    expect(await caseRelation(rosa, applicant.caseId)).toBeNull();
    expect(await caseRelation(ben, applicant.caseId)).toBe("representative");
    const after = (await caseForOwner(client, applicant.receiptNumber))!.representations;
    expect(after.map((r) => [r.name, r.endedBy])).toEqual([
      ["Ben Okafor", null],
      ["Rosa Alvarez", "CLIENT"],
    ]);
  });

  it("another applicant sees none of them and cannot end one, even naming their own case", async () => {
    const { applicant, rosaG28 } = await scene();
    const other = await applicantWithCase();
    const outsider = { id: other.user.id, role: "APPLICANT" as const };
    expect(await caseForOwner(outsider, applicant.receiptNumber)).toBeNull();
    for (const receipt of [applicant.receiptNumber, other.receiptNumber, "not a receipt"]) {
      expect(await endRepresentationForClient(outsider, { receipt, representationId: rosaG28.id })).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect((await db().representation.findUniqueOrThrow({ where: { id: rosaG28.id } })).endedAt).toBeNull();
  });

  it("the console lists every G-28 with who recorded and removed it; removal is scoped to the page's case and to officers", async () => {
    const { applicant, officer, rosa, benG28 } = await scene();
    const other = await applicantWithCase();
    // A G-28 named against another case's page is not found; an applicant's session is refused.
    expect(await removeG28ForOfficer(officer.session, { receipt: other.receiptNumber, representationId: benG28.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const applicantSession = await sessionFor(applicant.user.id, "FULL");
    expect(await removeG28ForOfficer(applicantSession, { receipt: applicant.receiptNumber, representationId: benG28.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await recordG28ForOfficer(applicantSession, { receipt: other.receiptNumber, representative: rosa.email })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db().representation.count({ where: { caseId: other.caseId } })).toBe(0);

    expect(await removeG28ForOfficer(officer.session, { receipt: applicant.receiptNumber, representationId: benG28.id })).toMatchObject({
      ok: true,
    });
    const listed = await representationsForOfficer(applicant.caseId);
    expect(listed.map((r) => [r.name, r.source, r.recordedByEmail, r.endedBy, r.endedByEmail])).toEqual([
      ["Rosa Alvarez", "PAPER", officer.user.email, null, null],
      ["Ben Okafor", "PAPER", officer.user.email, "OFFICER", officer.user.email],
    ]);
    expect(await representationsForOfficer(other.caseId)).toEqual([]);
  });

  it("names a representative who gave no name in the reader's language", async () => {
    const applicant = await applicantWithCase();
    const nameless = await createUser("COMPLETE");
    await db().user.update({ where: { id: nameless.id }, data: { role: "REPRESENTATIVE", fullName: null } });
    await db().representation.create({
      data: {
        caseId: applicant.caseId,
        representativeId: nameless.id,
        clientId: applicant.user.id,
        source: "PAPER",
        startedAt: new Date(),
      },
    });
    const [mine] = (await caseForOwner({ id: applicant.user.id }, applicant.receiptNumber))!.representations;
    const [forOfficer] = await representationsForOfficer(applicant.caseId);
    for (const { name } of [mine, forOfficer]) {
      expect(readerFor("es", "America/Chicago").text(name)).toBe("Nombre no indicado");
      expect(readerFor("en", "UTC").text(name)).toBe("Name not given");
    }
  });
});
