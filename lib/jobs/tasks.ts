import "server-only";
import type { TaskList } from "graphile-worker";
import { sendDeadlineReminders } from "../cases/deadline-reminders";
import { expireDrafts } from "../filing/draft-expiry";
import { logger } from "../logger";
import { deliverMessage, requeueStalledMessages } from "../notify/deliver";
import { submitPaidFiling } from "../payments/submit-paid-filing";
import type { JobPayloads, PurgeKind, TaskName } from "./add-job";
import { purgeExpired, PURGE_KINDS } from "./purge";

// What each job does. A handler that throws is retried by the queue with its own backoff
// (exponential, up to 25 attempts by default) and, once out of attempts, listed for officers under
// "Undelivered alerts" (lib/agency/console/failed-jobs.ts). Delivery failures are not thrown: the
// message's row counts them and the next try is queued with the outbox's own backoff.

function field(payload: unknown, name: string): unknown {
  return payload && typeof payload === "object" ? (payload as Record<string, unknown>)[name] : undefined;
}

export const TASKS = {
  "deliver-message": async (payload) => {
    const messageId = field(payload, "messageId");
    if (typeof messageId !== "string") throw new Error("deliver-message: the payload has no messageId");
    await deliverMessage(messageId);
  },
  "requeue-stalled-messages": async () => {
    await requeueStalledMessages();
  },
  "send-reminders": async () => {
    const sent = await sendDeadlineReminders(new Date());
    if (sent.evidenceWeek + sent.evidenceDay + sent.appointments > 0) logger.info(sent, "reminders queued");
  },
  "expire-drafts": async () => {
    await expireDrafts(new Date());
  },
  "submit-paid-filing": async (payload) => {
    const filingId = field(payload, "filingId");
    if (typeof filingId !== "string") throw new Error("submit-paid-filing: the payload has no filingId");
    if ((await submitPaidFiling(filingId)) === "submitted")
      logger.warn({ filingId }, "a paid filing was filed by the job queue, not the webhook");
  },
  purge: async (payload) => {
    const what = field(payload, "what") as PurgeKind;
    if (!PURGE_KINDS.includes(what)) throw new Error(`purge: unknown kind ${String(what)}`);
    const removed = await purgeExpired(what, new Date());
    if (removed > 0) logger.info({ what, removed }, "purged");
  },
} satisfies { [T in TaskName]: (payload: unknown) => Promise<void> } satisfies TaskList;

export type { JobPayloads };
