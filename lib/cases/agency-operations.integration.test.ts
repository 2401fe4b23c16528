import { describe, expect, it } from "vitest";
import { agencyCommandActor, officerActor } from "@/lib/audit/audit-actor";
import { db } from "@/lib/db";
import { msg } from "@/lib/i18n/message-ref";
import { officer } from "@/tests/support/factories";
import { accessCodeHash } from "./access-code";
import {
  addStatusEvent,
  AgencyInputError,
  createPaperCase,
  issueNotice,
  markEvidenceReviewed,
  openEvidenceRequest,
  refreshActionRequired,
} from "./agency-operations";

const DAY = 86_400_000;

describe("agency operations", () => {
  it("a paper case gets a receipt number, a hashed 90-day access code, its first event and notices", async () => {
    const created = await createPaperCase({ formType: "i-130", applicantName: "  Ana   Diaz " });
    expect(created.receiptNumber).toMatch(/^EAC\d{10}$/);
    expect(created.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const row = await db().case.findUniqueOrThrow({ where: { id: created.id }, include: { events: true, notices: true } });
    expect(row).toMatchObject({
      formType: "I-130",
      applicantName: "Ana Diaz",
      status: "Case Was Received",
      ownerId: null,
      actionRequired: false,
    });
    expect(row.accessCodeHash).toBe(accessCodeHash(created.accessCode.toLowerCase()));
    expect(row.accessCodeHash).not.toContain(created.accessCode.replace(/-/g, ""));
    expect(row.accessCodeExpiresAt!.getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
    expect(row.events.map((e) => e.status)).toEqual(["Case Was Received"]);
    expect(row.notices.map((n) => n.kind).sort()).toEqual(["ACCOUNT_ACCESS", "RECEIPT"]);
  });

  it("status events, notices and requests for evidence update the case and its history", async () => {
    const { id, receiptNumber } = await createPaperCase({ formType: "I-765", applicantName: "Li Wei", office: "wac" });
    expect(receiptNumber.startsWith("WAC")).toBe(true);
    await addStatusEvent(receiptNumber, "Case Is Being Actively Reviewed");
    await issueNotice(receiptNumber, "BIOMETRICS_APPOINTMENT", {
      appointmentAt: new Date(Date.now() + 7 * 86_400_000),
      location: "Application Support Center",
    });
    expect((await db().case.findUniqueOrThrow({ where: { id } })).actionRequired).toBe(true);
    await openEvidenceRequest(receiptNumber, {
      instructions: "A copy of your birth certificate.",
      dueAt: new Date(Date.now() + 30 * 86_400_000),
    });
    const row = await db().case.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(row.status).toBe("Request for Additional Evidence Was Sent");
    expect(row.events.map((e) => e.status)).toEqual([
      "Case Was Received",
      "Case Is Being Actively Reviewed",
      "Biometrics Appointment Was Scheduled",
      "Request for Additional Evidence Was Sent",
    ]);
  });

  it("the case keeps its newest status whichever change commits last (two at once, or one recorded with an earlier date)", async () => {
    const { id, receiptNumber } = await createPaperCase({ formType: "I-765", applicantName: "Li Wei" });
    const now = Date.now();
    await addStatusEvent(receiptNumber, "Case Is Being Actively Reviewed", { at: new Date(now - 1000) });
    // A change stamped earlier but committed after a later one (its transaction waited on the row).
    await Promise.all([
      addStatusEvent(receiptNumber, "Case Was Approved", { at: new Date(now) }),
      addStatusEvent(receiptNumber, "Case Was Updated To Show Fingerprints Were Taken", { at: new Date(now - 500) }),
    ]);
    const row = await db().case.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(row).toMatchObject({ status: "Case Was Approved", statusChangedAt: new Date(now) });
    expect(row.events).toHaveLength(4);

    await addStatusEvent(receiptNumber, "Case Was Received", { at: new Date(now - DAY) });
    expect(await db().case.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "Case Was Approved" });
  });

  it("an appointment needs action only while it is the newest of its kind and ahead, and an interview only until it is cancelled", async () => {
    const now = new Date();
    const { id, receiptNumber } = await createPaperCase({ formType: "I-485", applicantName: "Ana Diaz" });
    const actionRequired = async (at?: Date) => {
      if (at) await db().$transaction((tx) => refreshActionRequired(tx, id, at));
      return (await db().case.findUniqueOrThrow({ where: { id } })).actionRequired;
    };
    await issueNotice(receiptNumber, "INTERVIEW", { appointmentAt: new Date(now.getTime() + 10 * DAY), at: now });
    // Moved to an earlier day, which then passes: the replaced notice's later day does not count.
    await issueNotice(receiptNumber, "INTERVIEW", { appointmentAt: new Date(now.getTime() + 3 * DAY), at: new Date(now.getTime() + 1000) });
    expect(await actionRequired(new Date(now.getTime() + 2 * DAY))).toBe(true);
    expect(await actionRequired(new Date(now.getTime() + 4 * DAY))).toBe(false);

    await issueNotice(receiptNumber, "INTERVIEW", {
      appointmentAt: new Date(now.getTime() + 20 * DAY),
      at: new Date(now.getTime() + 2000),
    });
    expect(await actionRequired()).toBe(true);
    await addStatusEvent(receiptNumber, "Interview Cancelled", { at: new Date(now.getTime() + 3000) });
    expect(await actionRequired()).toBe(false);
  });

  it("refuses unknown forms, offices, statuses and receipt numbers with a clear message", async () => {
    await expect(createPaperCase({ formType: "I-999", applicantName: "X" })).rejects.toThrow(AgencyInputError);
    await expect(createPaperCase({ formType: "I-130", applicantName: "X", office: "ZZZ" })).rejects.toThrow(AgencyInputError);
    await expect(createPaperCase({ formType: "I-130", applicantName: "  " })).rejects.toThrow(AgencyInputError);
    const { receiptNumber } = await createPaperCase({ formType: "N-400", applicantName: "Sam Roe" });
    await expect(addStatusEvent(receiptNumber, "Case Was Sort Of Approved")).rejects.toThrow(AgencyInputError);
    await expect(addStatusEvent("EAC0000000000", "Case Was Approved")).rejects.toThrow(
      msg("agency.errors.noCase", { receiptNumber: "EAC0000000000" }),
    );
    await expect(issueNotice(receiptNumber, "INTERVIEW")).rejects.toThrow(AgencyInputError);
    await expect(openEvidenceRequest(receiptNumber, { instructions: "x", dueAt: new Date(Date.now() - 1) })).rejects.toThrow(
      AgencyInputError,
    );
  });

  it("each change writes one audit row naming its actor, an officer or the agency command", async () => {
    const { user } = await officer();
    const byOfficer = officerActor(user);
    const byCommand = agencyCommandActor("intake-desk");
    const { id, receiptNumber } = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz", by: byOfficer });
    await addStatusEvent(receiptNumber, "Case Was Approved", { by: byCommand });
    await issueNotice(receiptNumber, "DENIAL", { by: byOfficer });
    const request = await openEvidenceRequest(receiptNumber, {
      instructions: "A photo.",
      dueAt: new Date(Date.now() + 86_400_000),
      by: byCommand,
    });
    await db().evidenceRequest.update({ where: { id: request.id }, data: { respondedAt: new Date() } });
    await markEvidenceReviewed(receiptNumber, request.id, byOfficer);
    const rows = await db().auditLog.findMany({
      where: { caseId: id },
      orderBy: { at: "asc" },
      select: { action: true, actorKind: true, actorId: true, actorLabel: true },
    });
    const asOfficer = { actorKind: "OFFICER", actorId: user.id, actorLabel: null };
    const asCommand = { actorKind: "AGENCY_COMMAND", actorId: null, actorLabel: "intake-desk" };
    expect(rows).toEqual([
      { action: "case.intake", ...asOfficer },
      { action: "case.status_added", ...asCommand },
      { action: "case.notice_issued", ...asOfficer },
      { action: "case.evidence_requested", ...asCommand },
      { action: "case.evidence_reviewed", ...asOfficer },
    ]);
  });

  it("the database refuses an audit row that names no actor", async () => {
    const { user } = await officer();
    await expect(db().auditLog.create({ data: { actorKind: "OFFICER", action: "case.viewed" } })).rejects.toThrow();
    await expect(db().auditLog.create({ data: { actorKind: "AGENCY_COMMAND", action: "case.viewed" } })).rejects.toThrow();
    await expect(db().auditLog.create({ data: { actorKind: "AGENCY_COMMAND", actorLabel: "", action: "case.viewed" } })).rejects.toThrow();
    await expect(
      db().auditLog.create({ data: { actorKind: "AGENCY_COMMAND", actorId: user.id, actorLabel: "root", action: "case.viewed" } }),
    ).rejects.toThrow();
    expect(await db().auditLog.count()).toBe(0);
  });
});
