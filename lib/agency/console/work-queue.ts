import "server-only";
import { db } from "../../db";
import type { CurrentSession } from "../../sessions/sessions";
import { newOnlineFilingsWhere } from "../../filing/filings-for-officer";
import { officerOf } from "./officer-only";

// The work queue: what waits for the agency, oldest first. Messages the applicant wrote that no
// officer has answered, evidence responses no officer has marked reviewed, and forms filed online
// that no officer has acted on yet (the case still has its first status).

export const QUEUE_PAGE_SIZE = 50;

export type QueueItem = {
  key: string;
  receiptNumber: string;
  formType: string;
  waiting:
    | { kind: "message"; subject: string; threadId: string }
    | { kind: "evidence"; requestId: string }
    | { kind: "filing"; confirmationNumber: string };
  since: Date;
};

export type WorkQueue = { items: QueueItem[]; total: number };

export async function workQueue(session: CurrentSession, pageSize = QUEUE_PAGE_SIZE): Promise<WorkQueue | null> {
  if (!officerOf(session)) return null;
  const client = db();
  const caseSelect = { select: { receiptNumber: true, formType: true } } as const;
  const threadsWhere = { awaitingAgencySince: { not: null } };
  const responsesWhere = { respondedAt: { not: null }, reviewedAt: null };
  // Each source is already sorted; the oldest `pageSize` of both together are among the first `pageSize` of each.
  const filingsWhere = newOnlineFilingsWhere();
  const [threads, responses, filings, threadCount, responseCount, filingCount] = await Promise.all([
    client.messageThread.findMany({
      where: threadsWhere,
      orderBy: [{ awaitingAgencySince: "asc" }, { id: "asc" }],
      take: pageSize,
      select: { id: true, subject: true, awaitingAgencySince: true, case: caseSelect },
    }),
    client.evidenceRequest.findMany({
      where: responsesWhere,
      orderBy: [{ respondedAt: "asc" }, { id: "asc" }],
      take: pageSize,
      select: { id: true, respondedAt: true, case: caseSelect },
    }),
    client.filing.findMany({
      where: filingsWhere,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: pageSize,
      select: { id: true, confirmationNumber: true, submittedAt: true, case: caseSelect },
    }),
    client.messageThread.count({ where: threadsWhere }),
    client.evidenceRequest.count({ where: responsesWhere }),
    client.filing.count({ where: filingsWhere }),
  ]);
  const items: QueueItem[] = [
    ...threads.map((thread) => ({
      key: `thread-${thread.id}`,
      receiptNumber: thread.case.receiptNumber,
      formType: thread.case.formType,
      waiting: { kind: "message" as const, subject: thread.subject, threadId: thread.id },
      since: thread.awaitingAgencySince!,
    })),
    ...responses.map((request) => ({
      key: `evidence-${request.id}`,
      receiptNumber: request.case.receiptNumber,
      formType: request.case.formType,
      waiting: { kind: "evidence" as const, requestId: request.id },
      since: request.respondedAt!,
    })),
    ...filings.flatMap((filing) =>
      filing.case
        ? [
            {
              key: `filing-${filing.id}`,
              receiptNumber: filing.case.receiptNumber,
              formType: filing.case.formType,
              waiting: { kind: "filing" as const, confirmationNumber: filing.confirmationNumber ?? "" },
              since: filing.submittedAt!,
            },
          ]
        : [],
    ),
  ];
  items.sort((a, b) => a.since.getTime() - b.since.getTime() || a.key.localeCompare(b.key));
  return { items: items.slice(0, pageSize), total: threadCount + responseCount + filingCount };
}
