import "server-only";
import { z } from "zod";
import { zField, zFreeText } from "../../actions/form-input";
import { officerActor } from "../../audit/audit-actor";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { accessCodeHash } from "../../cases/access-code";
import { AgencyInputError, createPaperCase } from "../../cases/agency-operations";
import { isKnownForm } from "../../cases/forms";
import { OFFICES, parseReceiptNumber } from "../../cases/receipt-number";
import { db } from "../../db";
import { msg } from "../../i18n/message-ref";
import { intakeAccessNoticePdf, type NoticePdf } from "../../notices/notice-pdf";
import { fail, type ActionResult } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// Taking in a paper-filed case, as `npm run agency -- create-case` does. The Online Access Code is
// shown once: only its keyed hash is stored. The Account Access Notice with the code printed on it
// is rendered on request from the code the officer's page still holds, after checking it against
// that hash (and that it is unused and unexpired), so the code is never kept anywhere.

export const INTAKE_OFFICES = Object.keys(OFFICES).filter((office) => office !== "IOE");

export type Intake = { receiptNumber: string; accessCode: string; accessCodeExpiresAt: string };

export const zPaperCase = z.object({
  formType: zField().refine(isKnownForm, msg("agency.intake.chooseForm")),
  applicantName: zFreeText({
    max: 120,
    oneLine: true,
    required: msg("agency.intake.nameRequired"),
    tooLong: msg("agency.intake.nameTooLong"),
  }),
  office: zField().refine((office) => INTAKE_OFFICES.includes(office), msg("agency.intake.chooseOffice")),
});
export type PaperCaseInput = z.output<typeof zPaperCase>;

export async function takeInPaperCase(session: CurrentSession, input: PaperCaseInput): Promise<ActionResult<Intake>> {
  const officer = officerOf(session);
  if (!officer) return fail("not_found", NOT_FOUND_MESSAGE);
  try {
    const created = await createPaperCase({ ...input, by: officerActor(officer) });
    return {
      ok: true,
      receiptNumber: created.receiptNumber,
      accessCode: created.accessCode,
      accessCodeExpiresAt: created.accessCodeExpiresAt.toISOString(),
    };
  } catch (error) {
    if (error instanceof AgencyInputError) return fail("invalid_input", error.message);
    throw error;
  }
}

/** What the intake page posts to download the notice: the case and the code it was shown. */
export const zIntakeNotice = z.object({ receipt: zField(), code: zField() });
export type IntakeNoticeInput = z.output<typeof zIntakeNotice>;

/**
 * The Account Access Notice with its code, for an officer who holds the case's current, unused,
 * unexpired code; null otherwise. Audited as a download.
 */
export async function intakeNoticeForOfficer(session: CurrentSession, input: IntakeNoticeInput): Promise<NoticePdf | null> {
  const officer = officerOf(session);
  const receipt = parseReceiptNumber(input.receipt);
  const hash = accessCodeHash(input.code);
  if (!officer || !receipt.ok || !hash) return null;
  const row = await db().case.findFirst({
    where: { receiptNumber: receipt.receiptNumber, accessCodeHash: hash, accessCodeUsedAt: null, accessCodeExpiresAt: { gt: new Date() } },
    select: { id: true, accessCodeExpiresAt: true },
  });
  if (!row?.accessCodeExpiresAt) return null;
  const pdf = await intakeAccessNoticePdf(row.id, { code: input.code.trim().toUpperCase(), expiresAt: row.accessCodeExpiresAt });
  await db().$transaction((tx) => recordOfficerAction(tx, officer, "document.downloaded", row.id, { notice: "ACCOUNT_ACCESS" }));
  return pdf;
}
