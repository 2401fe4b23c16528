import { describe, expect, it } from "vitest";
import { caseRelation, representedCaseWhere } from "@/lib/representation/case-access";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import { applicantWithCase, createUser, officer as makeOfficer, outboxFor } from "@/tests/support/factories";
import { endRepresentation } from "./end-representation";
import { recordPaperG28 } from "./record-paper-g28";
import { REPRESENTATION_ENDED_TITLE, REPRESENTATION_STARTED_TITLE, REPRESENTATION_TEXTS } from "./representation-texts";

async function representative(step: "COMPLETE" | "PASSWORD" = "COMPLETE") {
  const user = await createUser(step);
  await db().user.update({ where: { id: user.id }, data: { role: "REPRESENTATIVE" } });
  const { accountNumber } = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { accountNumber: true } });
  return { ...user, role: "REPRESENTATIVE" as const, accountNumber };
}

async function anOfficer() {
  const { user } = await makeOfficer();
  return { ...user, role: "OFFICER" as const };
}

/** Every row a refused call must leave as it was. */
async function snapshot() {
  const [representations, events, outbox, audit] = await Promise.all([
    db().representation.findMany({ orderBy: { id: "asc" } }),
    db().caseEvent.count(),
    db().outboundMessage.count(),
    db().auditLog.count(),
  ]);
  return { representations, events, outbox, audit };
}

async function setUp() {
  const applicant = await applicantWithCase();
  const client = { id: applicant.user.id, email: applicant.user.email, role: "APPLICANT" as const };
  const rep = await representative();
  const officer = await anOfficer();
  const recorded = await recordPaperG28({ caseId: applicant.caseId, representativeQuery: rep.email, officer });
  if (!recorded.ok) throw new Error(JSON.stringify(recorded));
  return { applicant, client, rep, officer, representationId: recorded.representationId, caseId: applicant.caseId };
}

describe("recording a paper G-28 from the console", () => {
  it("gives the representative the case at once, with a history entry, emails to both sides and an audit row", async () => {
    const applicant = await applicantWithCase();
    const rep = await representative();
    const officer = await anOfficer();
    expect(await caseRelation(rep, applicant.caseId)).toBeNull();
    const now = new Date("2026-12-02T10:00:00Z");

    const result = await recordPaperG28({ caseId: applicant.caseId, representativeQuery: `  ${rep.email.toUpperCase()} `, officer, now });

    expect(result).toMatchObject({ ok: true, representativeId: rep.id });
    if (!result.ok) return;
    expect(await caseRelation(rep, applicant.caseId)).toBe("representative");
    expect(await db().case.count({ where: { id: applicant.caseId, ...representedCaseWhere(rep.id) } })).toBe(1);
    const row = await db().representation.findUniqueOrThrow({ where: { id: result.representationId } });
    expect(row).toMatchObject({ source: "PAPER", clientId: applicant.user.id, recordedById: officer.id, startedAt: now, endedAt: null });
    const events = await db().caseEvent.findMany({ where: { caseId: applicant.caseId, kind: "REPRESENTATION_STARTED" } });
    expect(events.map((e) => [e.status, e.at])).toEqual([[REPRESENTATION_STARTED_TITLE, now]]);
    // The current status is unchanged: the entry is history.
    expect((await db().case.findUniqueOrThrow({ where: { id: applicant.caseId } })).status).toBe("Case Was Received");
    expect((await outboxFor(rep.email)).map((m) => m.template)).toEqual(["representation-started-representative"]);
    const toClient = await outboxFor(applicant.user.email);
    expect(toClient.map((m) => m.template)).toEqual(["representation-started-client"]);
    expect(toClient[0].body).not.toContain(applicant.receiptNumber);
    const audit = await db().auditLog.findMany({ where: { caseId: applicant.caseId, action: "representation.recorded" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorKind: "OFFICER", actorId: officer.id });
  });

  it("finds the representative by the 12-digit account number, and on a case in no account emails only the representative", async () => {
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    const rep = await representative();
    const officer = await anOfficer();
    const spaced = `${rep.accountNumber.slice(0, 4)} ${rep.accountNumber.slice(4, 8)}-${rep.accountNumber.slice(8)}`;

    const result = await recordPaperG28({ caseId: paper.id, representativeQuery: spaced, officer });

    expect(result).toMatchObject({ ok: true, representativeId: rep.id });
    expect(await db().representation.findFirst({ where: { caseId: paper.id } })).toMatchObject({ clientId: null, source: "PAPER" });
    expect(await caseRelation(rep, paper.id)).toBe("representative");
    expect(await db().outboundMessage.count()).toBe(1);
  });

  it("refuses unknown accounts, applicants' and officers' accounts, unfinished ones, bad input and a second current G-28, writing nothing", async () => {
    const { applicant, rep, officer } = await setUp();
    const applicantAccount = await createUser("COMPLETE");
    const unfinished = await representative("PASSWORD");
    const before = await snapshot();
    const cases: [string, string, string][] = [
      ["nobody@example.com", "no_match", REPRESENTATION_TEXTS.noSuchRepresentative],
      ["000000000000", "no_match", REPRESENTATION_TEXTS.noSuchRepresentative],
      [applicantAccount.email, "no_match", REPRESENTATION_TEXTS.notARepresentative],
      [officer.email, "no_match", REPRESENTATION_TEXTS.notARepresentative],
      [unfinished.email, "no_match", REPRESENTATION_TEXTS.notFinished],
      ["", "invalid_input", REPRESENTATION_TEXTS.representativeRequired],
      ["12345", "invalid_input", REPRESENTATION_TEXTS.representativeFormat],
      ["not an email", "invalid_input", REPRESENTATION_TEXTS.representativeFormat],
    ];
    for (const [query, code, message] of cases) {
      const result = await recordPaperG28({ caseId: applicant.caseId, representativeQuery: query, officer });
      expect(result, query).toMatchObject({ ok: false, code, fieldErrors: { representative: message } });
    }
    const duplicate = await recordPaperG28({ caseId: applicant.caseId, representativeQuery: rep.accountNumber, officer });
    expect(duplicate).toMatchObject({ ok: false, code: "already_represented", message: REPRESENTATION_TEXTS.alreadyRepresented });
    // Not an officer, or no such case.
    const asApplicant = { id: applicant.user.id, role: "APPLICANT" as const };
    expect(await recordPaperG28({ caseId: applicant.caseId, representativeQuery: rep.email, officer: asApplicant })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await recordPaperG28({ caseId: rep.id, representativeQuery: rep.email, officer })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await recordPaperG28({ caseId: "not-an-id", representativeQuery: rep.email, officer })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps one current G-28 when two officers record the same one at once", async () => {
    const applicant = await applicantWithCase();
    const rep = await representative();
    const [a, b] = [await anOfficer(), await anOfficer()];
    const results = await Promise.all([
      recordPaperG28({ caseId: applicant.caseId, representativeQuery: rep.email, officer: a }),
      recordPaperG28({ caseId: applicant.caseId, representativeQuery: rep.email, officer: b }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: "already_represented" }]);
    expect(await db().representation.count({ where: { caseId: applicant.caseId, endedAt: null } })).toBe(1);
    expect(await db().caseEvent.count({ where: { caseId: applicant.caseId, kind: "REPRESENTATION_STARTED" } })).toBe(1);
  });
});

describe("ending a G-28", () => {
  for (const as of ["CLIENT", "REPRESENTATIVE", "OFFICER"] as const) {
    it(`ended by the ${as.toLowerCase()}: access ends at once, the history keeps it, both sides are emailed`, async () => {
      const { applicant, client, rep, officer, representationId, caseId } = await setUp();
      const actor = { CLIENT: client, REPRESENTATIVE: rep, OFFICER: officer }[as];
      const emailsBefore = await db().outboundMessage.count();
      const now = new Date("2026-12-02T11:00:00Z");

      const result = await endRepresentation({ representationId, actor, as, now });

      expect(result).toMatchObject({ ok: true, caseId, receiptNumber: applicant.receiptNumber, representativeId: rep.id });
      expect(await caseRelation(rep, caseId)).toBeNull();
      expect(await db().case.count({ where: representedCaseWhere(rep.id) })).toBe(0);
      expect(await caseRelation(client, caseId)).toBe("owner");
      const row = await db().representation.findUniqueOrThrow({ where: { id: representationId } });
      expect(row).toMatchObject({ endedAt: now, endedBy: as, endedById: actor.id });
      const ended = await db().caseEvent.findMany({ where: { caseId, kind: "REPRESENTATION_ENDED" } });
      expect(ended.map((e) => [e.status, e.at, e.byOwner])).toEqual([[REPRESENTATION_ENDED_TITLE, now, as === "CLIENT"]]);
      const emails = await db().outboundMessage.findMany({ where: { template: "representation-ended" } });
      expect(emails.map((m) => m.to).sort()).toEqual([applicant.user.email, rep.email].sort());
      for (const email of emails) expect(email.body).not.toContain(applicant.receiptNumber);
      expect(await db().outboundMessage.count()).toBe(emailsBefore + 2);
      expect(await db().auditLog.count({ where: { action: "representation.removed" } })).toBe(as === "OFFICER" ? 1 : 0);
    });
  }

  it("a second click, or two at once, ends it once and says it had already ended", async () => {
    const { client, officer, representationId } = await setUp();
    const results = await Promise.all([
      endRepresentation({ representationId, actor: client, as: "CLIENT" }),
      endRepresentation({ representationId, actor: officer, as: "OFFICER" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: "already_ended", message: REPRESENTATION_TEXTS.alreadyEnded }]);
    const before = await snapshot();
    expect(await endRepresentation({ representationId, actor: client, as: "CLIENT" })).toMatchObject({ ok: false, code: "already_ended" });
    expect(await snapshot()).toEqual(before);
    expect(await db().caseEvent.count({ where: { kind: "REPRESENTATION_ENDED" } })).toBe(1);
    expect(await db().outboundMessage.count({ where: { template: "representation-ended" } })).toBe(2);
  });

  it("refuses anyone else, a role that does not match, and unknown ids, writing nothing", async () => {
    const { client, rep, officer, representationId } = await setUp();
    const other = await applicantWithCase();
    const otherClient = { id: other.user.id, role: "APPLICANT" as const };
    const otherRep = await representative();
    const before = await snapshot();
    const refused = [
      { actor: otherClient, as: "CLIENT" as const },
      { actor: otherRep, as: "REPRESENTATIVE" as const },
      // The right person in the wrong part: each acts only as what they are.
      { actor: rep, as: "CLIENT" as const },
      { actor: client, as: "REPRESENTATIVE" as const },
      { actor: client, as: "OFFICER" as const },
      { actor: rep, as: "OFFICER" as const },
      { actor: officer, as: "CLIENT" as const },
    ];
    for (const attempt of refused) {
      expect(await endRepresentation({ representationId, ...attempt }), JSON.stringify(attempt)).toMatchObject({
        ok: false,
        code: "not_found",
        message: REPRESENTATION_TEXTS.notFound,
      });
    }
    for (const id of ["nope", other.caseId, "00000000-0000-4000-8000-000000000000"]) {
      expect(await endRepresentation({ representationId: id, actor: officer, as: "OFFICER" })).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect(await snapshot()).toEqual(before);
    expect(await caseRelation(rep, (await db().representation.findUniqueOrThrow({ where: { id: representationId } })).caseId)).toBe(
      "representative",
    );
  });

  it("after removal the representative can be recorded again, and only the new G-28 gives access", async () => {
    const { rep, officer, representationId, caseId } = await setUp();
    expect(await endRepresentation({ representationId, actor: officer, as: "OFFICER" })).toMatchObject({ ok: true });
    const again = await recordPaperG28({ caseId, representativeQuery: rep.email, officer });
    expect(again).toMatchObject({ ok: true });
    expect(await caseRelation(rep, caseId)).toBe("representative");
    expect(await db().representation.count({ where: { caseId } })).toBe(2);
  });
});
