import { afterEach, describe, expect, it, vi } from "vitest";
import type * as CaseAlertModule from "@/lib/notify/case-alert";
import { createPaperCase, openEvidenceRequest } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import * as caseAlert from "@/lib/notify/case-alert";
import { sessionFor, signedUpTo } from "@/tests/support/factories";
import type { FormFields } from "@/lib/actions/form-input";
import type { CurrentSession } from "@/lib/sessions/sessions";
import type { ActionResult } from "@/lib/result";
import { submit } from "@/tests/support/action-input";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import * as changes from "./case-changes";
import { caseForOfficer } from "./case-for-officer";
import * as search from "./find-case";
import * as intake from "./intake";
import { noticeForOfficer } from "./officer-downloads";
import * as alerts from "./undelivered-alerts";
import { workQueue } from "./work-queue";

// Each console form as its action posts it: the declared schema first, then the domain function,
// and its messages read in English, as the action chain does for an English reader.
const english = readerFor("en", "UTC");
const inEnglish = async <T extends object>(result: Promise<ActionResult<T>>) => localizeResult(await result, english);
const addStatusForOfficer = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(changes.zAddStatus, fields, (input) => changes.addStatusForOfficer(session, input)));
const issueNoticeForOfficer = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(changes.zIssueNotice, fields, (input) => changes.issueNoticeForOfficer(session, input)));
const openRequestForOfficer = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(changes.zOpenRequest, fields, (input) => changes.openRequestForOfficer(session, input)));
const markReviewedForOfficer = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(changes.zMarkReviewed, fields, (input) => changes.markReviewedForOfficer(session, input)));
const takeInPaperCase = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(intake.zPaperCase, fields, (input) => intake.takeInPaperCase(session, input)));
const findCases = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(search.zFindCase, fields, (input) => search.findCases(session, input)));
const retryAlert = (session: CurrentSession, fields: FormFields) =>
  inEnglish(submit(alerts.zRetryAlert, fields, (input) => alerts.retryAlert(session, input)));
const { undeliveredAlerts } = alerts;
const { intakeNoticeForOfficer } = intake;

vi.mock("@/lib/notify/case-alert", async (original) => {
  const actual = await original<typeof CaseAlertModule>();
  return { ...actual, alertCaseOwner: vi.fn(actual.alertCaseOwner) };
});

afterEach(() => vi.mocked(caseAlert.alertCaseOwner).mockClear());

const DAY = 86_400_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

async function officer() {
  const { user } = await signedUpTo("COMPLETE");
  await db().user.update({ where: { id: user.id }, data: { role: "OFFICER" } });
  return { user, session: await sessionFor(user.id, "FULL") };
}

async function applicantWithCase() {
  const { user } = await signedUpTo("COMPLETE");
  const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: paper.id }, data: { ownerId: user.id, linkedAt: new Date(), accessCodeUsedAt: new Date() } });
  return { user, session: await sessionFor(user.id, "FULL"), paper };
}

async function counts() {
  const c = db();
  const [cases, events, notices, requests, audit, outbox, failed] = await Promise.all([
    c.case.count(),
    c.caseEvent.count(),
    c.notice.count(),
    c.evidenceRequest.count(),
    c.auditLog.count(),
    c.outboundMessage.count(),
    c.outboundMessage.count({ where: { status: "FAILED" } }),
  ]);
  return { cases, events, notices, requests, audit, outbox, failed };
}

async function auditRows(actorId: string) {
  return db().auditLog.findMany({
    where: { actorId },
    orderBy: { at: "asc" },
    select: { action: true, caseId: true, at: true, detail: true },
  });
}

async function failedAlert(caseId: string) {
  return db().outboundMessage.create({
    data: {
      channel: "EMAIL",
      to: "someone@example.com",
      template: "case-update",
      status: "FAILED",
      attempts: 12,
      lastError: "connect ECONNREFUSED",
      caseId,
    },
    select: { id: true },
  });
}

describe("officer console: who may use it", () => {
  it("refuses an applicant's full session and an officer's part-way session everywhere, changing and recording nothing", async () => {
    const applicant = await applicantWithCase();
    const { user: officerUser } = await officer();
    const partOfficer = await sessionFor(officerUser.id, "PASSWORD_ONLY");
    const alert = await failedAlert(applicant.paper.id);
    const receipt = applicant.paper.receiptNumber;
    const notice = await db().notice.findFirstOrThrow({ where: { caseId: applicant.paper.id, kind: "RECEIPT" } });
    const before = await counts();
    for (const session of [applicant.session, partOfficer]) {
      expect(await workQueue(session)).toBeNull();
      expect(await findCases(session, { query: receipt })).toMatchObject({ ok: false, code: "not_found" });
      expect(await findCases(session, { query: applicant.user.email })).toMatchObject({ ok: false, code: "not_found" });
      expect(await caseForOfficer(session, receipt)).toBeNull();
      expect(await addStatusForOfficer(session, { receipt, status: "Case Was Approved" })).toMatchObject({ ok: false, code: "not_found" });
      expect(await issueNoticeForOfficer(session, { receipt, kind: "approval" })).toMatchObject({ ok: false, code: "not_found" });
      expect(
        await openRequestForOfficer(session, { receipt, instructions: "More", dueDate: isoDay(new Date(Date.now() + 30 * DAY)) }),
      ).toMatchObject({ ok: false, code: "not_found" });
      expect(await markReviewedForOfficer(session, { receipt, requestId: applicant.paper.id })).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await takeInPaperCase(session, { formType: "I-130", applicantName: "Someone", office: "EAC" })).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await intakeNoticeForOfficer(session, { receipt, code: applicant.paper.accessCode })).toBeNull();
      expect(await noticeForOfficer(session, receipt, notice.id)).toBeNull();
      expect(await undeliveredAlerts(session)).toBeNull();
      expect(await retryAlert(session, { alertId: alert.id })).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await counts()).toEqual(before);
    expect(await db().case.findUniqueOrThrow({ where: { id: applicant.paper.id }, select: { status: true } })).toEqual({
      status: "Case Was Received",
    });
    expect(await db().outboundMessage.findUniqueOrThrow({ where: { id: alert.id }, select: { status: true } })).toEqual({
      status: "FAILED",
    });
    expect(await db().auditLog.count({ where: { actorId: { in: [applicant.user.id, officerUser.id] } } })).toBe(0);
  });
});

describe("officer console: every action leaves exactly one audit row", () => {
  it("status, notice, request for evidence and review: one row each with actor, action, case and time; the applicant is alerted", async () => {
    const { user, session } = await officer();
    const applicant = await applicantWithCase();
    const receipt = applicant.paper.receiptNumber;
    const caseId = applicant.paper.id;
    const startedAt = Date.now();

    expect(await addStatusForOfficer(session, { receipt, status: "Case Is Being Actively Reviewed" })).toMatchObject({ ok: true });
    const appointment = new Date(Date.now() + 10 * DAY);
    expect(
      await issueNoticeForOfficer(session, {
        receipt,
        kind: "interview",
        appointmentDate: isoDay(appointment),
        appointmentTime: "09:30",
        location: "Field Office, Room 4",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await openRequestForOfficer(session, {
        receipt,
        instructions: "A copy of your birth certificate.",
        dueDate: isoDay(new Date(Date.now() + 30 * DAY)),
      }),
    ).toMatchObject({ ok: true });
    const request = await db().evidenceRequest.findFirstOrThrow({ where: { caseId } });
    await db().evidenceRequest.update({ where: { id: request.id }, data: { respondedAt: new Date() } });
    expect(await markReviewedForOfficer(session, { receipt, requestId: request.id })).toMatchObject({ ok: true });

    const rows = await auditRows(user.id);
    expect(rows.map((row) => row.action)).toEqual([
      "case.status_added",
      "case.notice_issued",
      "case.evidence_requested",
      "case.evidence_reviewed",
    ]);
    for (const row of rows) {
      expect(row.caseId).toBe(caseId);
      expect(row.at.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    }
    const row = await db().case.findUniqueOrThrow({ where: { id: caseId }, include: { notices: true } });
    expect(row.status).toBe("Request for Additional Evidence Was Sent");
    const interview = row.notices.find((n) => n.kind === "INTERVIEW")!;
    expect(interview.location).toBe("Field Office, Room 4");
    expect(interview.appointmentAt!.toISOString()).toBe(`${isoDay(appointment)}T09:30:00.000Z`);
    expect((await db().evidenceRequest.findUniqueOrThrow({ where: { id: request.id } })).reviewedAt).not.toBeNull();
    expect(await db().outboundMessage.count({ where: { caseId, template: "case-update", to: applicant.user.email } })).toBe(3);
  });

  it("an action that fails part-way leaves no change and no audit row", async () => {
    const { user, session } = await officer();
    const applicant = await applicantWithCase();
    const before = await counts();
    vi.mocked(caseAlert.alertCaseOwner).mockRejectedValueOnce(new Error("outbox unavailable"));
    await expect(addStatusForOfficer(session, { receipt: applicant.paper.receiptNumber, status: "Case Was Approved" })).rejects.toThrow(
      "outbox unavailable",
    );
    expect(await counts()).toEqual(before);
    expect(await auditRows(user.id)).toEqual([]);
    expect((await db().case.findUniqueOrThrow({ where: { id: applicant.paper.id } })).status).toBe("Case Was Received");
  });

  it("bad input gets field messages and changes nothing", async () => {
    const { user, session } = await officer();
    const { paper } = await applicantWithCase();
    const receipt = paper.receiptNumber;
    const before = await counts();
    expect(await addStatusForOfficer(session, { receipt, status: "Case Was Teleported" })).toMatchObject({
      ok: false,
      fieldErrors: { status: expect.any(String) },
    });
    expect(await issueNoticeForOfficer(session, { receipt, kind: "visa" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: expect.any(String) },
    });
    expect(
      await issueNoticeForOfficer(session, { receipt, kind: "biometrics", appointmentDate: "", appointmentTime: "", location: "" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { appointmentDate: "Enter the appointment date.", location: "Enter where the appointment is." },
    });
    expect(
      await issueNoticeForOfficer(session, {
        receipt,
        kind: "interview",
        appointmentDate: "2020-01-02",
        appointmentTime: "09:00",
        location: "Office",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { appointmentDate: "The appointment must be in the future." },
    });
    expect(await openRequestForOfficer(session, { receipt, instructions: "  ", dueDate: isoDay(new Date()) })).toMatchObject({
      ok: false,
      fieldErrors: { instructions: "Say what evidence is needed.", dueDate: "The due date must be in the future (after today)." },
    });
    expect(await openRequestForOfficer(session, { receipt, instructions: "x", dueDate: "2031-02-30" })).toMatchObject({
      ok: false,
      fieldErrors: { dueDate: expect.stringContaining("real date") },
    });
    expect(await markReviewedForOfficer(session, { receipt, requestId: "not-an-id" })).toMatchObject({ ok: false });
    expect(await addStatusForOfficer(session, { receipt: "EAC0000000000", status: "Case Was Approved" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("No case"),
    });
    expect(await takeInPaperCase(session, { formType: "I-999", applicantName: " ", office: "IOE" })).toMatchObject({
      ok: false,
      fieldErrors: { formType: expect.any(String), applicantName: expect.any(String), office: expect.any(String) },
    });
    expect(await counts()).toEqual(before);
    expect(await auditRows(user.id)).toEqual([]);
  });

  it("a response not waiting for review cannot be marked reviewed", async () => {
    const { user, session } = await officer();
    const { paper } = await applicantWithCase();
    const request = await openEvidenceRequest(paper.receiptNumber, {
      instructions: "Passport copy",
      dueAt: new Date(Date.now() + 5 * DAY),
    });
    const fields = { receipt: paper.receiptNumber, requestId: request.id };
    expect(await markReviewedForOfficer(session, fields)).toMatchObject({
      ok: false,
      message: "That evidence response is not waiting for review.",
    });
    // In the officer's own language, as every other message of the console.
    const refused = await changes.markReviewedForOfficer(session, fields);
    expect(localizeResult(refused, readerFor("es", "UTC"))).toMatchObject({
      message: "Esa respuesta de evidencia no está pendiente de revisión.",
    });
    expect(await auditRows(user.id)).toEqual([]);
  });
});

describe("officer console: reading", () => {
  it("the work queue lists unanswered messages and unreviewed evidence responses, oldest first", async () => {
    const { session } = await officer();
    const a = await applicantWithCase();
    const b = await applicantWithCase();
    const long = new Date("2000-01-01T10:00:00Z");
    const request = await openEvidenceRequest(b.paper.receiptNumber, { instructions: "Photos", dueAt: new Date(Date.now() + 5 * DAY) });
    await db().evidenceRequest.update({ where: { id: request.id }, data: { respondedAt: new Date(long.getTime() + 60_000) } });
    const thread = await db().messageThread.create({
      data: { caseId: a.paper.id, applicantId: a.user.id, subject: "Address change", lastMessageAt: long, awaitingAgencySince: long },
    });
    await db().messageThread.create({
      data: { caseId: a.paper.id, applicantId: a.user.id, subject: "Answered", lastMessageAt: long, awaitingAgencySince: null },
    });

    const queue = (await workQueue(session))!;
    const mine = queue.items.filter((item) => [a.paper.receiptNumber, b.paper.receiptNumber].includes(item.receiptNumber));
    expect(mine.map((item) => item.waiting)).toEqual([
      { kind: "message", subject: "Address change", threadId: thread.id },
      { kind: "evidence", requestId: request.id },
    ]);
    expect(queue.total).toBeGreaterThanOrEqual(2);
    const small = (await workQueue(session, 1))!;
    expect(small.items).toHaveLength(1);
    expect(small.total).toBe(queue.total);

    await db().evidenceRequest.update({ where: { id: request.id }, data: { reviewedAt: new Date() } });
    expect((await workQueue(session))!.items.some((item) => item.key === `evidence-${request.id}`)).toBe(false);
  });

  it("finds a case by any written form of its receipt number, or by the owner's email in any case; audits the kind of search only", async () => {
    const { user, session } = await officer();
    const applicant = await applicantWithCase();
    const receipt = applicant.paper.receiptNumber;
    const dashed = `${receipt.slice(0, 3)}-${receipt.slice(3, 5)}-${receipt.slice(5, 8)}-${receipt.slice(8)}`.toLowerCase();
    expect(await findCases(session, { query: ` ${dashed} ` })).toEqual({ ok: true, kind: "receipt", receiptNumber: receipt });
    expect(await findCases(session, { query: applicant.user.email.toUpperCase() })).toMatchObject({
      ok: true,
      kind: "email",
      cases: [{ receiptNumber: receipt, formType: "I-130", applicantName: "Ana Diaz", status: "Case Was Received" }],
    });
    expect(await findCases(session, { query: "EAC0000000001" })).toMatchObject({
      ok: false,
      code: "no_match",
      fieldErrors: { query: expect.stringContaining("No case") },
    });
    expect(await findCases(session, { query: "nobody.here@example.com" })).toMatchObject({ ok: false, code: "no_match" });
    const rows = await auditRows(user.id);
    expect(rows.map((row) => [row.action, row.caseId, row.detail])).toEqual([
      ["case.searched", applicant.paper.id, { by: "receipt", matches: 1 }],
      ["case.searched", null, { by: "email", matches: 1 }],
      ["case.searched", null, { by: "receipt", matches: 0 }],
      ["case.searched", null, { by: "email", matches: 0 }],
    ]);
    expect(JSON.stringify(rows)).not.toContain(applicant.user.email);

    expect(await findCases(session, { query: "" })).toMatchObject({ ok: false, fieldErrors: { query: expect.any(String) } });
    expect(await findCases(session, { query: "EAC12" })).toMatchObject({
      ok: false,
      fieldErrors: { query: expect.stringContaining("13 characters") },
    });
    expect(await findCases(session, { query: "a@b" })).toMatchObject({
      ok: false,
      fieldErrors: { query: expect.stringContaining("email") },
    });
    expect(await auditRows(user.id)).toHaveLength(4);
  });

  it("the case page shows the linked account, history, requests, threads and alerts, and is audited; unknown receipts are null", async () => {
    const { user, session } = await officer();
    const applicant = await applicantWithCase();
    await db().messageThread.create({
      data: {
        caseId: applicant.paper.id,
        applicantId: applicant.user.id,
        subject: "Question",
        lastMessageAt: new Date(),
        awaitingAgencySince: new Date(),
      },
    });
    const alert = await failedAlert(applicant.paper.id);
    const view = (await caseForOfficer(session, applicant.paper.receiptNumber.toLowerCase()))!;
    expect(view).toMatchObject({
      ownerEmail: applicant.user.email,
      applicantName: "Ana Diaz",
      formName: "Petition for Alien Relative",
      status: "Case Was Received",
    });
    expect(view.history.map((event) => event.status)).toEqual(["Case Was Received"]);
    expect(view.threads.map((thread) => thread.subject)).toEqual(["Question"]);
    expect(view.alerts.map((a) => [a.id, a.status])).toEqual([[alert.id, "FAILED"]]);
    expect(await caseForOfficer(session, "EAC0000000002")).toBeNull();
    expect(await caseForOfficer(session, "../../etc")).toBeNull();
    expect((await auditRows(user.id)).map((row) => [row.action, row.caseId])).toEqual([["case.viewed", applicant.paper.id]]);
  });
});

describe("officer console: intake and alerts", () => {
  it("takes in a paper case, and renders its access notice only for the current unused code; both audited", async () => {
    const { user, session } = await officer();
    const result = await takeInPaperCase(session, { formType: "N-400", applicantName: "  Jo  Park ", office: "WAC" });
    if (!result.ok) throw new Error(result.message);
    expect(result.receiptNumber).toMatch(/^WAC\d{10}$/);
    const row = await db().case.findUniqueOrThrow({ where: { receiptNumber: result.receiptNumber } });
    expect(row.applicantName).toBe("Jo Park");

    expect(await intakeNoticeForOfficer(session, { receipt: result.receiptNumber, code: "AAAA-BBBB-CCCC" })).toBeNull();
    const pdf = await intakeNoticeForOfficer(session, { receipt: result.receiptNumber, code: result.accessCode });
    expect(Buffer.from(pdf!.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf!.fileName).toContain("account-access-notice");

    await db().case.update({ where: { id: row.id }, data: { accessCodeUsedAt: new Date() } });
    expect(await intakeNoticeForOfficer(session, { receipt: result.receiptNumber, code: result.accessCode })).toBeNull();
    expect((await auditRows(user.id)).map((r) => [r.action, r.caseId])).toEqual([
      ["case.intake", row.id],
      ["document.downloaded", row.id],
    ]);
  });

  it("lists failed case alerts and puts one back in the queue once; audited", async () => {
    const { user, session } = await officer();
    const { paper } = await applicantWithCase();
    const alert = await failedAlert(paper.id);
    const sent = await db().outboundMessage.create({
      data: { channel: "EMAIL", to: "x@example.com", template: "case-update", status: "SENT", caseId: paper.id },
    });
    const list = (await undeliveredAlerts(session))!;
    expect(list.alerts.find((a) => a.id === alert.id)).toMatchObject({
      receiptNumber: paper.receiptNumber,
      channel: "EMAIL",
      attempts: 12,
      lastError: "connect ECONNREFUSED",
    });
    expect(list.alerts.some((a) => a.id === sent.id)).toBe(false);

    expect(await retryAlert(session, { alertId: alert.id })).toMatchObject({ ok: true });
    const row = await db().outboundMessage.findUniqueOrThrow({ where: { id: alert.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await retryAlert(session, { alertId: alert.id })).toMatchObject({ ok: false, code: "not_failed" });
    expect(await retryAlert(session, { alertId: sent.id })).toMatchObject({ ok: false, code: "not_failed" });
    expect(await retryAlert(session, { alertId: "nope" })).toMatchObject({ ok: false, code: "not_failed" });
    expect((await auditRows(user.id)).map((r) => [r.action, r.caseId])).toEqual([["alert.retried", paper.id]]);
  });
});
