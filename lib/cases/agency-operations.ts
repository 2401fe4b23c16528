import "server-only";
import { db, type Tx } from "../db";
import { randomInt } from "node:crypto";
import { ACCESS_CODE_TTL_MS, newAccessCode } from "./access-code";
import { FORM_TYPES, isKnownForm } from "./forms";
import { buildReceiptNumber, OFFICES } from "./receipt-number";
import { NOTICE_STATUS } from "./status-date";
import { isStatusTitle } from "./statuses";
import type { NoticeKind } from "../generated/prisma/client";
import type { AuditActor } from "../audit/audit-actor";
import { recordAuditEntry } from "../audit/record-officer-action";
import { alertCaseOwner } from "../notify/case-alert";
import { msg } from "../i18n/message-ref";
import { officeAddress, officeId, officeInfo, type OfficeCode } from "../appointments/offices";
import { INTERVIEW_CANCELLED } from "../appointments/appointment-statuses";
import { hasUpcomingAppointment } from "../appointments/standing-appointments";
import { setCurrentStatus } from "./current-status";

// What the agency does to cases: intake of a paper filing, status events, notices, requests for
// evidence. Used by the agency command, the officer console, the demo seed and the tests.
// `by`: who does it, an officer in the console or the agency command (with the operating-system
// user), recorded in the audit log in the same transaction. Only the demo seed and test
// arrangements leave it out. Every change that the applicant should hear about queues their alerts
// in the same transaction too.

export class AgencyInputError extends Error {}

export type NewPaperCase = { id: string; receiptNumber: string; accessCode: string; accessCodeExpiresAt: Date };

export async function createPaperCase(input: {
  formType: string;
  applicantName: string;
  office?: string;
  receivedAt?: Date;
  by?: AuditActor;
}): Promise<NewPaperCase> {
  const formType = input.formType.trim().toUpperCase();
  if (!isKnownForm(formType)) throw new AgencyInputError(`Unknown form "${input.formType}". Known forms: ${FORM_TYPES.join(", ")}.`);
  const applicantName = input.applicantName.trim().replace(/\s+/g, " ");
  if (!applicantName || applicantName.length > 120) throw new AgencyInputError("Give the applicant's name (at most 120 characters).");
  const office = (input.office ?? "EAC").toUpperCase();
  if (!Object.hasOwn(OFFICES, office) || office === "IOE")
    throw new AgencyInputError(
      `Unknown paper-filing office "${input.office}". Use one of ${Object.keys(OFFICES)
        .filter((o) => o !== "IOE")
        .join(", ")}.`,
    );
  const receivedAt = input.receivedAt ?? new Date();
  const access = newAccessCode();
  const accessCodeExpiresAt = new Date(Date.now() + ACCESS_CODE_TTL_MS);
  for (let attempt = 0; attempt < 20; attempt++) {
    const receiptNumber = buildReceiptNumber(office, receivedAt, randomInt(0, 100_000));
    try {
      const created = await db().$transaction(async (tx) => {
        const row = await tx.case.create({
          data: {
            receiptNumber,
            formType,
            applicantName,
            status: "Case Was Received",
            statusChangedAt: receivedAt,
            submittedAt: receivedAt,
            accessCodeHash: access.hash,
            accessCodeExpiresAt,
          },
          select: { id: true },
        });
        await tx.caseEvent.create({ data: { caseId: row.id, status: "Case Was Received", at: receivedAt } });
        await tx.notice.create({ data: { caseId: row.id, kind: "RECEIPT", issuedAt: receivedAt } });
        await tx.notice.create({ data: { caseId: row.id, kind: "ACCOUNT_ACCESS", issuedAt: receivedAt } });
        if (input.by) await recordAuditEntry(tx, input.by, "case.intake", row.id, { receiptNumber, formType });
        return row;
      });
      return { id: created.id, receiptNumber, accessCode: access.code, accessCodeExpiresAt };
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  throw new Error("Could not find a free receipt number");
}

async function caseByReceipt(tx: Tx, receiptNumber: string) {
  const row = await tx.case.findUnique({ where: { receiptNumber }, select: { id: true, status: true } });
  if (!row) throw new AgencyInputError(msg("agency.errors.noCase", { receiptNumber }));
  return row;
}

/** Recomputes the "action required" mark: an open request for evidence or an upcoming appointment. */
export async function refreshActionRequired(tx: Tx, caseId: string, now = new Date()): Promise<void> {
  const openRequests = await tx.evidenceRequest.count({ where: { caseId, respondedAt: null } });
  const actionRequired = openRequests > 0 || (await hasUpcomingAppointment(tx, caseId, now));
  await tx.case.update({ where: { id: caseId }, data: { actionRequired } });
}

export async function addStatusEvent(receiptNumber: string, status: string, options: { at?: Date; by?: AuditActor } = {}): Promise<void> {
  if (!isStatusTitle(status))
    throw new AgencyInputError(`"${String(status)}" is not one of the status titles (see lib/cases/statuses.ts).`);
  const at = options.at ?? new Date();
  await db().$transaction(async (tx) => {
    const row = await caseByReceipt(tx, receiptNumber);
    await tx.caseEvent.create({ data: { caseId: row.id, status, at } });
    await setCurrentStatus(tx, row.id, status, at);
    // "Interview Cancelled" takes the interview off the case's upcoming appointments.
    if (status === INTERVIEW_CANCELLED) await refreshActionRequired(tx, row.id);
    if (options.by) await recordAuditEntry(tx, options.by, "case.status_added", row.id, { status });
    await alertCaseOwner(tx, row.id, "case-update");
  });
}

export async function issueNotice(
  receiptNumber: string,
  kind: NoticeKind,
  options: { appointmentAt?: Date; location?: string; office?: OfficeCode; at?: Date; by?: AuditActor } = {},
): Promise<{ id: string }> {
  const at = options.at ?? new Date();
  if ((kind === "BIOMETRICS_APPOINTMENT" || kind === "INTERVIEW") && !options.appointmentAt) {
    throw new AgencyInputError("An appointment or interview notice needs the appointment date and time.");
  }
  if (kind === "REQUEST_FOR_EVIDENCE") throw new AgencyInputError("Open a request for evidence instead: it issues its notice.");
  return db().$transaction(async (tx) => {
    const row = await caseByReceipt(tx, receiptNumber);
    // An office also fills the free-text place, which the notice PDF prints.
    const office = options.office ? officeInfo(options.office) : null;
    const location = options.location ?? (office ? `${office.name}, ${officeAddress(office)}` : undefined);
    const notice = await tx.notice.create({
      data: {
        caseId: row.id,
        kind,
        issuedAt: at,
        appointmentAt: options.appointmentAt,
        location,
        officeId: options.office ? await officeId(tx, options.office) : undefined,
      },
      select: { id: true },
    });
    // A notice for the status the case already has (an officer set it first) adds no second entry.
    const status = NOTICE_STATUS[kind];
    if (status && status !== row.status) {
      await tx.caseEvent.create({ data: { caseId: row.id, status, at } });
      await setCurrentStatus(tx, row.id, status, at);
    }
    await refreshActionRequired(tx, row.id);
    if (options.by) await recordAuditEntry(tx, options.by, "case.notice_issued", row.id, { kind });
    await alertCaseOwner(tx, row.id, "case-update");
    return notice;
  });
}

export async function openEvidenceRequest(
  receiptNumber: string,
  input: { instructions: string; dueAt: Date; at?: Date; by?: AuditActor },
): Promise<{ id: string }> {
  const instructions = input.instructions.trim();
  if (!instructions || instructions.length > 4000) throw new AgencyInputError("Say what evidence is needed (at most 4,000 characters).");
  const at = input.at ?? new Date();
  if (Number.isNaN(input.dueAt.getTime()) || input.dueAt.getTime() <= at.getTime())
    throw new AgencyInputError("The due date must be in the future.");
  const status = "Request for Additional Evidence Was Sent";
  return db().$transaction(async (tx) => {
    const row = await caseByReceipt(tx, receiptNumber);
    const request = await tx.evidenceRequest.create({
      data: { caseId: row.id, instructions, openedAt: at, dueAt: input.dueAt },
      select: { id: true },
    });
    await tx.notice.create({ data: { caseId: row.id, kind: "REQUEST_FOR_EVIDENCE", issuedAt: at } });
    await tx.caseEvent.create({ data: { caseId: row.id, status, at } });
    await setCurrentStatus(tx, row.id, status, at);
    await tx.case.update({ where: { id: row.id }, data: { actionRequired: true } });
    if (input.by) await recordAuditEntry(tx, input.by, "case.evidence_requested", row.id, { dueAt: input.dueAt.toISOString() });
    await alertCaseOwner(tx, row.id, "case-update");
    return request;
  });
}

/** An officer has looked at an evidence response: it leaves the work queue. */
export async function markEvidenceReviewed(receiptNumber: string, requestId: string, by: AuditActor): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await caseByReceipt(tx, receiptNumber);
    const updated = await tx.evidenceRequest.updateMany({
      where: { id: requestId, caseId: row.id, respondedAt: { not: null }, reviewedAt: null },
      data: { reviewedAt: new Date() },
    });
    if (updated.count !== 1) throw new AgencyInputError(msg("agency.request.notWaiting"));
    await recordAuditEntry(tx, by, "case.evidence_reviewed", row.id, { requestId });
  });
}
