import "server-only";
import { z } from "zod";
import { characterCount, freeText, zField, zFreeText } from "../../actions/form-input";
import { officerActor } from "../../audit/audit-actor";
import { AgencyInputError, addStatusEvent, issueNotice, markEvidenceReviewed, openEvidenceRequest } from "../../cases/agency-operations";
import { parseReceiptNumber } from "../../cases/receipt-number";
import { isStatusTitle } from "../../cases/statuses";
import { isId } from "../../ids";
import { msg } from "../../i18n/message-ref";
import { issuableNoticeKind, needsAppointment } from "../../notices/notice-kinds";
import { fail, type ActionResult } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { appointmentFrom, dueDateFrom } from "../utc-dates";
import { officeClockToInstant } from "../../appointments/office-clock";
import { isOfficeCode, officeInfo } from "../../appointments/offices";
import { NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// The console's changes to a case. The forms' fields are checked by the schemas below before
// anything runs (bad input changes nothing); each function checks the officer, then calls the
// agency operation with `by`, which writes the audit row and the applicant's alerts in the same
// transaction as the change. `receipt` is the case the page is about: one that does not read as a
// receipt number is "not found", like the page itself.

export type Done = { message: string };

export const zAddStatus = z.object({
  receipt: zField(),
  status: zField().refine(isStatusTitle, msg("agency.addStatus.chooseStatus")),
});
export type AddStatusInput = z.output<typeof zAddStatus>;

export const zIssueNotice = z
  .object({
    receipt: zField(),
    kind: zField().transform((name, ctx) => {
      const kind = issuableNoticeKind(name);
      if (!kind) ctx.addIssue({ code: "custom", message: msg("agency.notice.chooseKind") });
      return kind ?? z.NEVER;
    }),
    // An office (its address and time zone come with it), or none: then a typed place and UTC.
    office: zField().transform((value, ctx) => {
      const code = value.trim();
      if (!code) return null;
      if (!isOfficeCode(code)) ctx.addIssue({ code: "custom", message: msg("agency.notice.chooseOffice") });
      return isOfficeCode(code) ? code : z.NEVER;
    }),
    appointmentDate: zField(),
    appointmentTime: zField(),
    location: zField().transform((value) => freeText(value, { oneLine: true })),
  })
  .transform(({ receipt, kind, office, appointmentDate, appointmentTime, location }, ctx) => {
    if (!needsAppointment(kind)) return { receipt, kind, appointment: null };
    const onOfficeClock = office
      ? (date: string, time: string) => officeClockToInstant(date, time, officeInfo(office).timeZone)
      : undefined;
    const at = appointmentFrom(appointmentDate, appointmentTime, new Date(), onOfficeClock);
    if (!at.ok) ctx.addIssue({ code: "custom", path: [at.field], message: at.message });
    if (office) return at.ok ? { receipt, kind, appointment: { at: at.at, office } } : z.NEVER;
    const placeTooLong = characterCount(location) > 200;
    if (!location) ctx.addIssue({ code: "custom", path: ["location"], message: msg("agency.notice.locationRequired") });
    else if (placeTooLong) ctx.addIssue({ code: "custom", path: ["location"], message: msg("agency.notice.locationTooLong") });
    if (!at.ok || !location || placeTooLong) return z.NEVER;
    return { receipt, kind, appointment: { at: at.at, location } };
  });
export type IssueNoticeInput = z.output<typeof zIssueNotice>;

export const INSTRUCTIONS_MAX = 4000;

export const zOpenRequest = z.object({
  receipt: zField(),
  instructions: zFreeText({
    max: INSTRUCTIONS_MAX,
    required: msg("agency.request.instructionsRequired"),
    tooLong: msg("agency.request.instructionsTooLong"),
  }),
  dueDate: zField().transform((value, ctx) => {
    const due = dueDateFrom(value);
    if (!due.ok) ctx.addIssue({ code: "custom", message: due.message });
    return due.ok ? due.at : z.NEVER;
  }),
});
export type OpenRequestInput = z.output<typeof zOpenRequest>;

export const zMarkReviewed = z.object({ receipt: zField(), requestId: zField() });
export type MarkReviewedInput = z.output<typeof zMarkReviewed>;

async function run(operation: () => Promise<unknown>, message: string): Promise<ActionResult<Done>> {
  try {
    await operation();
    return { ok: true, message };
  } catch (error) {
    if (error instanceof AgencyInputError) return fail("invalid_input", error.message);
    throw error;
  }
}

/** The officer and the case a change is about, or null when either is missing. */
function officerAndCase(session: CurrentSession, receipt: string) {
  const officer = officerOf(session);
  const parsed = parseReceiptNumber(receipt);
  return officer && parsed.ok ? { officer: officerActor(officer), receipt: parsed.receiptNumber } : null;
}

export async function addStatusForOfficer(session: CurrentSession, input: AddStatusInput): Promise<ActionResult<Done>> {
  const who = officerAndCase(session, input.receipt);
  if (!who) return fail("not_found", NOT_FOUND_MESSAGE);
  return run(() => addStatusEvent(who.receipt, input.status, { by: who.officer }), msg("agency.addStatus.done", { status: input.status }));
}

export async function issueNoticeForOfficer(session: CurrentSession, input: IssueNoticeInput): Promise<ActionResult<Done>> {
  const who = officerAndCase(session, input.receipt);
  if (!who) return fail("not_found", NOT_FOUND_MESSAGE);
  const options = input.appointment
    ? { appointmentAt: input.appointment.at, location: input.appointment.location, office: input.appointment.office, by: who.officer }
    : { by: who.officer };
  return run(() => issueNotice(who.receipt, input.kind, options), msg("agency.notice.done"));
}

export async function openRequestForOfficer(session: CurrentSession, input: OpenRequestInput): Promise<ActionResult<Done>> {
  const who = officerAndCase(session, input.receipt);
  if (!who) return fail("not_found", NOT_FOUND_MESSAGE);
  return run(
    () => openEvidenceRequest(who.receipt, { instructions: input.instructions, dueAt: input.dueDate, by: who.officer }),
    msg("agency.request.done"),
  );
}

export async function markReviewedForOfficer(session: CurrentSession, input: MarkReviewedInput): Promise<ActionResult<Done>> {
  const who = officerAndCase(session, input.receipt);
  if (!who) return fail("not_found", NOT_FOUND_MESSAGE);
  if (!isId(input.requestId)) return fail("invalid_input", msg("agency.request.notWaiting"));
  return run(() => markEvidenceReviewed(who.receipt, input.requestId.toLowerCase(), who.officer), msg("agency.request.reviewed"));
}
