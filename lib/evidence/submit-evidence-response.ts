import "server-only";
import { z } from "zod";
import { db } from "../db";
import { zField } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { refreshActionRequired } from "../cases/agency-operations";
import { RESPONSE_RECEIVED } from "../cases/statuses";
import { msg } from "../i18n/message-ref";
import { fail, invalid, type ActionResult } from "../result";
import { ALREADY_ANSWERED, lockReachableRequest, REQUEST_NOT_FOUND, requestRef, zRequestRefFields } from "./owned-request";
import { setCurrentStatus } from "../cases/current-status";

export const CONFIRM_MESSAGE = msg("evidence.errors.confirm");

// The confirmation is asked for only once there are documents to confirm (checked below).
export const zSubmitEvidenceResponse = z.object({ ...zRequestRefFields, confirm: zField().transform((value) => value === "yes") });
export type SubmitEvidenceResponseInput = z.output<typeof zSubmitEvidenceResponse>;

/** Sends the response (the applicant's, or their representative's): the request is answered and the case moves to "Response ... Was Received". */
export async function submitEvidenceResponse(
  actor: Actor,
  input: SubmitEvidenceResponseInput,
): Promise<ActionResult<{ receiptNumber: string; requestId: string }>> {
  const ref = requestRef(input);
  if (!ref) return REQUEST_NOT_FOUND();
  return db().$transaction(async (tx) => {
    const locked = await lockReachableRequest(tx, actor, ref);
    if (!locked) return REQUEST_NOT_FOUND();
    if (locked.respondedAt) return ALREADY_ANSWERED();
    if ((await tx.document.count({ where: { evidenceRequestId: locked.id } })) === 0) {
      return fail("no_documents", msg("evidence.errors.noDocuments"));
    }
    if (!input.confirm) return invalid({ confirm: CONFIRM_MESSAGE });
    const at = new Date();
    await tx.evidenceRequest.update({ where: { id: locked.id }, data: { respondedAt: at, respondedById: actor.id } });
    // A representative's response is news to the applicant (byOwner false); theirs is not news to them.
    await tx.caseEvent.create({ data: { caseId: locked.caseId, status: RESPONSE_RECEIVED, at, byOwner: locked.relation === "owner" } });
    await setCurrentStatus(tx, locked.caseId, RESPONSE_RECEIVED, at);
    await refreshActionRequired(tx, locked.caseId);
    return { ok: true as const, receiptNumber: ref.receiptNumber, requestId: locked.id };
  });
}
