import "server-only";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { accessCodeHash } from "../../cases/access-code";
import { AgencyInputError, createPaperCase } from "../../cases/agency-operations";
import { FORMS } from "../../cases/forms";
import { OFFICES, parseReceiptNumber } from "../../cases/receipt-number";
import { db } from "../../db";
import { intakeAccessNoticePdf, type NoticePdf } from "../../notices/notice-pdf";
import { fail, invalid, type ActionResult, type FieldErrors } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { formText, NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// Taking in a paper-filed case, as `npm run agency -- create-case` does. The Online Access Code is
// shown once: only its keyed hash is stored. The Account Access Notice with the code printed on it
// is rendered on request from the code the officer's page still holds, after checking it against
// that hash (and that it is unused and unexpired), so the code is never kept anywhere.

export const INTAKE_OFFICES = Object.keys(OFFICES).filter((office) => office !== "IOE");

export type Intake = { receiptNumber: string; accessCode: string; accessCodeExpiresAt: string };

export async function takeInPaperCase(session: CurrentSession, input: Record<string, unknown>): Promise<ActionResult<Intake>> {
  const officer = officerOf(session);
  if (!officer) return fail("not_found", NOT_FOUND_MESSAGE);
  const values = { formType: formText(input.formType, 20), applicantName: formText(input.applicantName, 300), office: formText(input.office, 10) };
  const errors: FieldErrors = {};
  if (!FORMS[values.formType]) errors.formType = "Choose the form that was filed.";
  const name = values.applicantName.trim();
  if (!name) errors.applicantName = "Enter the applicant's name.";
  else if (name.length > 120) errors.applicantName = "The applicant's name must be 120 characters or fewer.";
  if (!INTAKE_OFFICES.includes(values.office)) errors.office = "Choose the office that received the filing.";
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  try {
    const created = await createPaperCase({ formType: values.formType, applicantName: name, office: values.office, by: officer });
    return { ok: true, receiptNumber: created.receiptNumber, accessCode: created.accessCode, accessCodeExpiresAt: created.accessCodeExpiresAt.toISOString() };
  } catch (error) {
    if (error instanceof AgencyInputError) return fail("invalid_input", error.message, { values });
    throw error;
  }
}

/**
 * The Account Access Notice with its code, for an officer who holds the case's current, unused,
 * unexpired code; null otherwise. Audited as a download.
 */
export async function intakeNoticeForOfficer(session: CurrentSession, input: { receipt: unknown; code: unknown }): Promise<NoticePdf | null> {
  const officer = officerOf(session);
  const receipt = parseReceiptNumber(input.receipt);
  const hash = accessCodeHash(input.code);
  if (!officer || !receipt.ok || !hash || typeof input.code !== "string") return null;
  const row = await db().case.findFirst({
    where: { receiptNumber: receipt.receiptNumber, accessCodeHash: hash, accessCodeUsedAt: null, accessCodeExpiresAt: { gt: new Date() } },
    select: { id: true, accessCodeExpiresAt: true },
  });
  if (!row?.accessCodeExpiresAt) return null;
  const pdf = await intakeAccessNoticePdf(row.id, { code: input.code.trim().toUpperCase(), expiresAt: row.accessCodeExpiresAt });
  await db().$transaction((tx) => recordOfficerAction(tx, officer, "document.downloaded", row.id, { notice: "ACCOUNT_ACCESS" }));
  return pdf;
}
