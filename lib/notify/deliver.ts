import "server-only";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { countDeliveryFailure } from "../ops/metrics";
import { emailTransport, smsTransport } from "./transports";

export const MAX_DELIVERY_ATTEMPTS = 12;

type Claimed = {
  id: string;
  channel: "EMAIL" | "SMS";
  to: string;
  subject: string | null;
  body: string | null;
  html: string | null;
  attempts: number;
};

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED, so several server instances never take the same
 * row; a claim that is not finished within OUTBOX_CLAIM_MS (a minute; a crashed instance) becomes due again.
 */
async function claimDue(limit: number): Promise<Claimed[]> {
  return db().$queryRaw<Claimed[]>`
    UPDATE "OutboundMessage" SET status = 'SENDING', "lockedUntil" = now() + make_interval(secs => ${env().OUTBOX_CLAIM_MS / 1000}::double precision)
    WHERE id IN (
      SELECT id FROM "OutboundMessage"
      WHERE (status = 'PENDING' AND "nextAttemptAt" <= now())
         OR (status = 'SENDING' AND "lockedUntil" < now())
      ORDER BY "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, channel::text AS channel, "to", subject, body, html, attempts`;
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

/** Delivers what is due; returns how many messages were handled. */
export async function deliverDueMessages(limit = 20): Promise<number> {
  const claimed = await claimDue(limit);
  for (const message of claimed) {
    try {
      const outcome = await send(message);
      await db().outboundMessage.update({
        where: { id: message.id },
        // Once a real transport has it, the code or link in it need not stay in our database.
        data:
          outcome === "sent"
            ? { status: "SENT", sentAt: new Date(), lockedUntil: null, attempts: { increment: 1 }, body: null, html: null, lastError: null }
            : { status: "KEPT_LOCAL", sentAt: new Date(), lockedUntil: null },
      });
    } catch (error) {
      const attempts = message.attempts + 1;
      const failed = attempts >= MAX_DELIVERY_ATTEMPTS;
      logger.warn({ messageId: message.id, channel: message.channel, attempts, err: (error as Error).message }, "delivery failed");
      countDeliveryFailure(message.channel, failed);
      await db().outboundMessage.update({
        where: { id: message.id },
        data: {
          status: failed ? "FAILED" : "PENDING",
          attempts,
          lockedUntil: null,
          lastError: String((error as Error).message).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        },
      });
    }
  }
  return claimed.length;
}
