import "server-only";
import { z } from "zod";
import { zField } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { parseReceiptNumber } from "../cases/receipt-number";
import { db } from "../db";
import type { RequestInfo } from "../http/request-info";
import { fail, type ActionResult } from "../result";
import { endRepresentation } from "./end-representation";
import { REPRESENTATION_TEXTS } from "./representation-texts";

// The applicant ends a G-28 on their own case from the case's page.

export const zEndForClient = z.object({ receipt: zField(), representationId: zField() });
export type EndForClientInput = z.output<typeof zEndForClient>;

export async function endRepresentationForClient(
  actor: Pick<Actor, "id" | "role">,
  input: EndForClientInput,
  request?: RequestInfo,
): Promise<ActionResult<{ receiptNumber: string }>> {
  const parsed = parseReceiptNumber(input.receipt);
  if (!parsed.ok || actor.role !== "APPLICANT") return fail("not_found", REPRESENTATION_TEXTS.notFound);
  const owned = await db().case.findFirst({ where: { receiptNumber: parsed.receiptNumber, ownerId: actor.id }, select: { id: true } });
  if (!owned) return fail("not_found", REPRESENTATION_TEXTS.notFound);
  const result = await endRepresentation({ representationId: input.representationId, caseId: owned.id, actor, as: "CLIENT", request });
  return result.ok ? { ok: true, receiptNumber: result.receiptNumber } : result;
}
