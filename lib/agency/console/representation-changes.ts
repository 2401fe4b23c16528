import "server-only";
import { z } from "zod";
import { zField } from "../../actions/form-input";
import { parseReceiptNumber } from "../../cases/receipt-number";
import { db } from "../../db";
import type { RequestInfo } from "../../http/request-info";
import { msg } from "../../i18n/message-ref";
import { endRepresentation } from "../../representation/end-representation";
import { recordPaperG28 } from "../../representation/record-paper-g28";
import { fail, type ActionResult } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import type { Done } from "./case-changes";
import { NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// The console's G-28 section on a case: record a paper G-28, remove one. `receipt` is the case the
// page is about; the representation to remove must be on it.

export const zRecordG28 = z.object({ receipt: zField(), representative: zField() });
export type RecordG28Input = z.output<typeof zRecordG28>;

export const zRemoveG28 = z.object({ receipt: zField(), representationId: zField() });
export type RemoveG28Input = z.output<typeof zRemoveG28>;

async function officerAndCaseId(session: CurrentSession, receipt: string) {
  const officer = officerOf(session);
  const parsed = parseReceiptNumber(receipt);
  if (!officer || !parsed.ok) return null;
  const row = await db().case.findUnique({ where: { receiptNumber: parsed.receiptNumber }, select: { id: true } });
  return row ? { officer, caseId: row.id } : null;
}

export async function recordG28ForOfficer(
  session: CurrentSession,
  input: RecordG28Input,
  request?: RequestInfo,
): Promise<ActionResult<Done>> {
  const who = await officerAndCaseId(session, input.receipt);
  if (!who) return fail("not_found", NOT_FOUND_MESSAGE);
  const result = await recordPaperG28({ caseId: who.caseId, representativeQuery: input.representative, officer: who.officer, request });
  return result.ok ? { ok: true, message: msg("agency.g28.record.done") } : result;
}

export async function removeG28ForOfficer(
  session: CurrentSession,
  input: RemoveG28Input,
  request?: RequestInfo,
): Promise<ActionResult<Done>> {
  const who = await officerAndCaseId(session, input.receipt);
  if (!who) return fail("not_found", NOT_FOUND_MESSAGE);
  const result = await endRepresentation({
    representationId: input.representationId,
    caseId: who.caseId,
    actor: who.officer,
    as: "OFFICER",
    request,
  });
  return result.ok ? { ok: true, message: msg("agency.g28.remove.done") } : result;
}
