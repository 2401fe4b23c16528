import "server-only";
import { isPastDueDay } from "../agency/utc-dates";
import { db } from "../db";
import { accessibleCaseWhere } from "../representation/case-access";
import type { Actor } from "../auth/roles";
import { formName } from "../cases/forms";
import { requestRef } from "./owned-request";

export type EvidenceRequestView = {
  receiptNumber: string;
  formType: string;
  formName: string;
  requestId: string;
  instructions: string;
  openedAt: Date;
  dueAt: Date;
  respondedAt: Date | null;
  /** Past its due date with no response sent. */
  overdue: boolean;
  documents: { id: string; name: string; contentType: string; size: number; uploadedAt: Date }[];
};

/** What the response page shows, for the case's owner or its current representative (null for anyone else). */
export async function evidenceRequestForOwner(
  actor: Actor,
  params: { receiptNumber: string; requestId: string },
): Promise<EvidenceRequestView | null> {
  const ref = requestRef(params);
  if (!ref) return null;
  const request = await db().evidenceRequest.findFirst({
    where: { id: ref.requestId, case: { receiptNumber: ref.receiptNumber, ...accessibleCaseWhere(actor) } },
    select: {
      id: true,
      instructions: true,
      openedAt: true,
      dueAt: true,
      respondedAt: true,
      case: { select: { receiptNumber: true, formType: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, contentType: true, size: true, createdAt: true } },
    },
  });
  if (!request) return null;
  return {
    receiptNumber: request.case.receiptNumber,
    formType: request.case.formType,
    formName: formName(request.case.formType),
    requestId: request.id,
    instructions: request.instructions,
    openedAt: request.openedAt,
    dueAt: request.dueAt,
    respondedAt: request.respondedAt,
    overdue: !request.respondedAt && isPastDueDay(request.dueAt),
    documents: request.documents.map((d) => ({
      id: d.id,
      name: d.name,
      contentType: d.contentType,
      size: d.size,
      uploadedAt: d.createdAt,
    })),
  };
}
