import "server-only";
import { db, type Tx } from "../db";
import { env } from "../env";
import { addJob } from "../jobs/add-job";
import { logger } from "../logger";
import { countDeliveryFailure } from "../ops/metrics";
import { emailTransport, smsTransport } from "./transports";

// Delivery of one OutboundMessage, run by the job queue's "deliver-message" task. The row stays
// the record officers see (status, attempts, last error); the queue decides when to look at it.

export const MAX_DELIVERY_ATTEMPTS = 12;

type Claimed = {
  id: string;
  channel: "EMAIL" | "SMS";
  to: string;
  subject: string | null;
  body: string | null;
  html: string | null;
  attempts: number;
  /** The claim's end, as written: what this attempt's own updates check it still holds. */
  lockedUntil: Date;
};

/** The one waiting delivery job of a message (adding it again replaces the waiting one). */
export function deliveryJobKey(messageId: string): string {
  return `deliver-message:${messageId}`;
}

/** Queues the delivery of a message, in the transaction that wrote or changed its row. */
export async function queueDelivery(tx: Tx, messageId: string, runAt?: Date): Promise<void> {
  await addJob(tx, "deliver-message", { messageId }, { runAt, jobKey: deliveryJobKey(messageId) });
}

/**
 * Takes the message for this attempt. The queue runs a job at least once, so the row is claimed
 * too: only a message that is due (or whose claim ran out, a crashed instance) is taken, by one
 * worker, and a sent message is never sent again.
 */
async function claim(messageId: string): Promise<Claimed | null> {
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "OutboundMessage" SET status = 'SENDING', "lockedUntil" = now() + make_interval(secs => ${env().OUTBOX_CLAIM_MS / 1000}::double precision)
    WHERE id = ${messageId}::uuid
      AND ((status = 'PENDING' AND "nextAttemptAt" <= now()) OR (status = 'SENDING' AND "lockedUntil" < now()))
    RETURNING id, channel::text AS channel, "to", subject, body, html, attempts, "lockedUntil"`;
  return rows[0] ?? null;
}

async function send(message: Claimed): Promise<"sent" | "kept"> {
  if (message.channel === "EMAIL") {
    const transport = emailTransport();
    if (!transport) return "kept";
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: message.to,
      subject: message.subject ?? "",
      text: message.body ?? "",
      html: message.html ?? undefined,
    });
    return "sent";
  }
  const sms = smsTransport();
  if (!sms) return "kept";
  await sms.client.messages.create({ from: sms.from, to: message.to, body: message.body ?? "" });
  return "sent";
}

/** Exponential backoff from OUTBOX_RETRY_BASE_MS, capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(env().OUTBOX_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type DeliveryOutcome = "sent" | "kept" | "retry" | "failed" | "not-due";

/** Records a delivery, whichever attempt made it (it happened, so a waiting retry finds nothing to send). */
async function recordDelivered(messageId: string, outcome: "sent" | "kept"): Promise<void> {
  const recorded = await db().outboundMessage.updateMany({
    where: { id: messageId, status: { notIn: ["SENT", "KEPT_LOCAL"] } },
    // Once a real transport has it, the code or link in it need not stay in our database.
    data:
      outcome === "sent"
        ? { status: "SENT", sentAt: new Date(), lockedUntil: null, attempts: { increment: 1 }, body: null, html: null, lastError: null }
        : { status: "KEPT_LOCAL", sentAt: new Date(), lockedUntil: null },
  });
  if (recorded.count === 0) logger.warn({ messageId }, "delivered after another attempt had delivered it");
}

/**
 * The send, given up on (as a failure) once three quarters of the claim have passed: while the
 * claim holds, no other worker takes the message, so it is not sent twice meanwhile. A send that
 * still ends well afterwards is recorded then.
 */
async function sendWithinClaim(message: Claimed): Promise<"sent" | "kept"> {
  const sending = send(message);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        sending.then((outcome) => recordDelivered(message.id, outcome)).catch(() => undefined);
        reject(new Error("The transport did not answer in time"));
      },
      (env().OUTBOX_CLAIM_MS * 3) / 4,
    );
  });
  try {
    return await Promise.race([sending, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** One delivery attempt. A failure records the reason and queues the next try (or gives up after 12). */
export async function deliverMessage(messageId: string): Promise<DeliveryOutcome> {
  const message = await claim(messageId);
  if (!message) return "not-due";
  // A send slower than the claim lets another worker take the message. A delivery is recorded
  // whoever holds the claim; a failure only by the attempt that still holds it, so a late one never
  // puts a sent message back in the queue.
  const stillClaimed = { id: message.id, status: "SENDING" as const, lockedUntil: message.lockedUntil };
  try {
    const outcome = await sendWithinClaim(message);
    await recordDelivered(message.id, outcome);
    return outcome;
  } catch (error) {
    const attempts = message.attempts + 1;
    const failed = attempts >= MAX_DELIVERY_ATTEMPTS;
    const nextAttemptAt = new Date(Date.now() + retryDelayMs(attempts));
    logger.warn({ messageId: message.id, channel: message.channel, attempts, err: (error as Error).message }, "delivery failed");
    countDeliveryFailure(message.channel, failed);
    await db().$transaction(async (tx) => {
      const recorded = await tx.outboundMessage.updateMany({
        where: stillClaimed,
        data: {
          status: failed ? "FAILED" : "PENDING",
          attempts,
          lockedUntil: null,
          lastError: String((error as Error).message).slice(0, 500),
          nextAttemptAt,
        },
      });
      if (recorded.count === 1 && !failed) await queueDelivery(tx, message.id, nextAttemptAt);
    });
    return failed ? "failed" : "retry";
  }
}

/**
 * Queues again the messages an instance that stopped (SIGKILL, a crash) left behind, once
 * OUTBOX_CLAIM_MS has passed: a message it had claimed mid-send, and a due message whose delivery
 * job it had taken but not yet claimed (the queue would keep that job locked for 4 hours) or whose
 * job is gone. A message whose job is simply waiting its turn is left alone. Run every minute;
 * returns how many.
 */
export async function requeueStalledMessages(limit = 500): Promise<number> {
  const claimSeconds = env().OUTBOX_CLAIM_MS / 1000;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT message.id FROM "OutboundMessage" message
    WHERE (message.status = 'SENDING' AND message."lockedUntil" < now())
       OR (message.status = 'PENDING'
           AND message."nextAttemptAt" < now() - make_interval(secs => ${claimSeconds}::double precision)
           AND NOT EXISTS (
             SELECT 1 FROM graphile_worker._private_jobs job
             WHERE job.key = ${deliveryJobKey("")} || message.id::text
               AND (job.locked_at IS NULL OR job.locked_at > now() - make_interval(secs => ${claimSeconds}::double precision))))
    ORDER BY message."nextAttemptAt"
    LIMIT ${limit}`;
  if (rows.length === 0) return 0;
  await db().$transaction(async (tx) => {
    for (const { id } of rows) await queueDelivery(tx, id);
  });
  logger.info({ count: rows.length }, "stalled messages queued again");
  return rows.length;
}
