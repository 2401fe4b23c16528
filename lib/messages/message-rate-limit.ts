import "server-only";
import { msg } from "../i18n/message-ref";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { fail, type ActionError } from "../result";
import { POLICY } from "../security-policy";

export const TOO_MANY_MESSAGES = msg("secureMessages.errors.tooManyMessages");

/**
 * Counts one message an applicant is about to send; the refusal when they have sent too many in the
 * hour (so one account cannot flood the agency's queue). Called after the message passed its checks,
 * so a form with mistakes does not use up the allowance.
 */
export async function refuseTooManyMessages(userId: string, values: Record<string, string>): Promise<ActionError | null> {
  const hit = await hitRateLimit(`messages:${userId}`, POLICY.rateLimits.messagesPerAccountPerHour, 3_600_000);
  return hit.allowed ? null : fail("rate_limited", TOO_MANY_MESSAGES, { values });
}
