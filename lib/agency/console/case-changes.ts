import "server-only";
import { z } from "zod";
import {
  AgencyInputError,
  addStatusEvent,
  issueNotice,
  markEvidenceReviewed,
  openEvidenceRequest,
} from "../../cases/agency-operations";
import { parseReceiptNumber } from "../../cases/receipt-number";
import { isStatusTitle } from "../../cases/statuses";
import { fail, invalid, type ActionResult, type FieldErrors } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { NOTICE_KIND_NAMES } from "../parse-inputs";
import { formText, NOT_FOUND_MESSAGE, officerOf } from "./officer-only";
import { appointmentFrom, dueDateFrom } from "./form-dates";

// The console's changes to a case. Each checks the officer, validates everything first (bad input
// changes nothing), then calls the agency operation with `by`, which writes the audit row and the
// applicant's alerts in the same transaction as the change.

export type Done = { message: string };

type Form = Record<string, unknown>;

async function run(operation: () => Promise<unknown>, message: string, values: Record<string, string>): Promise<ActionResult<Done>> {
  try {
    await operation();
    return { ok: true, message };
  } catch (error) {
    if (error instanceof AgencyInputError) return fail("invalid_input", error.message, { values });
    throw error;
  }
}

function receiptOf(input: Form): string | null {
  const parsed = parseReceiptNumber(input.receipt);
  return parsed.ok ? parsed.receiptNumber : null;
}

export async function addStatusForOfficer(session: CurrentSession, input: Form): Promise<ActionResult<Done>> {
  const officer = officerOf(session);
  const receipt = receiptOf(input);
  if (!officer || !receipt) return fail("not_found", NOT_FOUND_MESSAGE);
  const status = formText(input.status, 200);
  if (!isStatusTitle(status)) return invalid({ status: "Choose the new status from the list." }, { status: "" });
  return run(() => addStatusEvent(receipt, status, { by: officer }), `The status is now "${status}".`, { status });
}

export const NOTICE_KIND_OPTIONS = Object.keys(NOTICE_KIND_NAMES);

export async function issueNoticeForOfficer(session: CurrentSession, input: Form): Promise<ActionResult<Done>> {
  const officer = officerOf(session);
  const receipt = receiptOf(input);
  if (!officer || !receipt) return fail("not_found", NOT_FOUND_MESSAGE);
  const values = {
    kind: formText(input.kind, 40),
    appointmentDate: formText(input.appointmentDate, 40),
    appointmentTime: formText(input.appointmentTime, 40),
    location: formText(input.location, 400).trim(),
  };
  const kind = NOTICE_KIND_NAMES[values.kind];
  const errors: FieldErrors = {};
  if (!kind) errors.kind = "Choose the kind of notice.";
  const needsAppointment = kind === "BIOMETRICS_APPOINTMENT" || kind === "INTERVIEW";
  let appointmentAt: Date | undefined;
  if (needsAppointment) {
    const appointment = appointmentFrom(values.appointmentDate, values.appointmentTime);
    if (!appointment.ok) errors[appointment.field] = appointment.message;
    else appointmentAt = appointment.at;
    if (!values.location) errors.location = "Enter where the appointment is.";
    else if (values.location.length > 200) errors.location = "The location must be 200 characters or fewer.";
  }
  if (Object.keys(errors).length > 0 || !kind) return invalid(errors, values);
  const options = needsAppointment ? { appointmentAt, location: values.location, by: officer } : { by: officer };
  return run(() => issueNotice(receipt, kind, options), "The notice was issued.", values);
}

const zInstructions = z
  .string()
  .trim()
  .min(1, "Say what evidence is needed.")
  .max(4000, "The instructions must be 4,000 characters or fewer.");

export async function openRequestForOfficer(session: CurrentSession, input: Form): Promise<ActionResult<Done>> {
  const officer = officerOf(session);
  const receipt = receiptOf(input);
  if (!officer || !receipt) return fail("not_found", NOT_FOUND_MESSAGE);
  const values = { instructions: formText(input.instructions, 5000), dueDate: formText(input.dueDate, 40) };
  const errors: FieldErrors = {};
  const instructions = zInstructions.safeParse(values.instructions);
  if (!instructions.success) errors.instructions = instructions.error.issues[0]!.message;
  const due = dueDateFrom(values.dueDate);
  if (!due.ok) errors.dueDate = due.message;
  if (!instructions.success || !due.ok) return invalid(errors, values);
  return run(() => openEvidenceRequest(receipt, { instructions: instructions.data, dueAt: due.at, by: officer }), "The request for evidence was opened.", values);
}

export async function markReviewedForOfficer(session: CurrentSession, input: Form): Promise<ActionResult<Done>> {
  const officer = officerOf(session);
  const receipt = receiptOf(input);
  if (!officer || !receipt) return fail("not_found", NOT_FOUND_MESSAGE);
  const requestId = formText(input.requestId, 100);
  if (!z.uuid().safeParse(requestId).success) return fail("invalid_input", "That evidence response is not waiting for review.");
  return run(() => markEvidenceReviewed(receipt, requestId, officer), "The evidence response is marked reviewed.", {});
}
