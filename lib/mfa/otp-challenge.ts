import "server-only";
import { db, type Tx } from "../db";
import { keyedHash, randomDigits, safeEqualHex } from "../crypto/tokens";
import { enqueueEmail, enqueueSms } from "../notify/enqueue";
import { POLICY } from "../security-policy";
import { msg } from "../i18n/message-ref";
import type { OtpPurpose } from "../generated/prisma/client";

// One-time codes sent by email or text (DESIGN.md §5): 6 digits, stored as a keyed hash, 10 minutes,
// single use, 5 wrong tries kill the code, a new code closes the old one.

const HASH_PURPOSE = "otp";

export type OtpChannel = "EMAIL" | "SMS";

export type ResendCheck = { allowed: true } | { allowed: false; message: string };

/**
 * 1 code per 30 seconds and 5 per hour, per person and purpose. Call it in the transaction that
 * issues the code: it takes the person's row lock first, so parallel requests are decided one after
 * another, each seeing the codes the earlier ones sent.
 */
export async function checkOtpResendAllowed(tx: Tx, userId: string, purpose: OtpPurpose): Promise<ResendCheck> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
  const hourAgo = new Date(Date.now() - 3_600_000);
  const recent = await tx.otpChallenge.findMany({
    where: { userId, purpose, createdAt: { gt: hourAgo } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  const last = recent[0]?.createdAt.getTime();
  if (last && Date.now() - last < POLICY.otp.resendMinIntervalMs) {
    const wait = Math.ceil((POLICY.otp.resendMinIntervalMs - (Date.now() - last)) / 1000);
    return { allowed: false, message: msg("signIn.errors.codeJustSent", { seconds: wait }) };
  }
  if (recent.length >= POLICY.otp.resendPerHour) {
    return { allowed: false, message: msg("signIn.errors.tooManyCodes") };
  }
  return { allowed: true };
}

/** Sends a fresh code and closes any open one for the same purpose. */
export async function issueOtpChallenge(
  tx: Tx,
  user: { id: string },
  purpose: OtpPurpose,
  channel: OtpChannel,
  destination: string,
): Promise<void> {
  await tx.otpChallenge.updateMany({ where: { userId: user.id, purpose, closedAt: null }, data: { closedAt: new Date() } });
  const code = randomDigits(POLICY.otp.digits);
  await tx.otpChallenge.create({
    data: {
      userId: user.id,
      purpose,
      channel,
      destination,
      codeHash: keyedHash(code, HASH_PURPOSE),
      expiresAt: new Date(Date.now() + POLICY.otp.ttlMs),
    },
  });
  if (channel === "EMAIL") await enqueueEmail(tx, destination, "verification-code", { code }, { userId: user.id });
  else await enqueueSms(tx, destination, "verification-code", { code }, { userId: user.id });
}

export type OtpCheck = "valid" | "wrong" | "expired" | "no_code" | "used_up";

/** The newest open challenge for `purpose`, as a filter on a person's challenges (to read it with other things). */
export function newestOpenChallenge(purpose: OtpPurpose) {
  return { where: { purpose, closedAt: null }, orderBy: { createdAt: "desc" as const }, take: 1 };
}

/** The newest open code for this purpose, if any (for showing where it was sent). */
export async function openOtpChallenge(userId: string, purpose: OtpPurpose) {
  const newest = newestOpenChallenge(purpose);
  return db().otpChallenge.findFirst({
    where: { userId, ...newest.where },
    orderBy: newest.orderBy,
    select: { id: true, channel: true, destination: true, expiresAt: true, attempts: true },
  });
}

/**
 * Checks a code against the newest open challenge. Wrong codes are counted; the fifth wrong one
 * closes the challenge. A right code closes it too, atomically, so it works exactly once, and never
 * after the code was closed by wrong tries, however many arrived at once.
 */
export async function checkOtpCode(tx: Tx, userId: string, purpose: OtpPurpose, code: string): Promise<OtpCheck> {
  const challenge = await tx.otpChallenge.findFirst({
    where: { userId, purpose, closedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (!challenge) return "no_code";
  if (challenge.expiresAt.getTime() <= Date.now()) {
    await tx.otpChallenge.update({ where: { id: challenge.id }, data: { closedAt: new Date() } });
    return "expired";
  }
  if (safeEqualHex(challenge.codeHash, keyedHash(code, HASH_PURPOSE))) {
    const closed = await tx.otpChallenge.updateMany({ where: { id: challenge.id, closedAt: null }, data: { closedAt: new Date() } });
    return closed.count === 1 ? "valid" : "no_code";
  }
  // Counted in one statement on the row as it is now, so parallel wrong codes each count and the
  // fifth closes the code whatever order they arrive in.
  const counted = await tx.$queryRaw<{ attempts: number }[]>`
    UPDATE "OtpChallenge" SET
      "attempts" = "attempts" + 1,
      "closedAt" = CASE WHEN "attempts" + 1 >= ${POLICY.otp.maxAttempts} THEN now() ELSE NULL END
    WHERE id = ${challenge.id}::uuid AND "closedAt" IS NULL
    RETURNING "attempts"`;
  if (counted.length === 0) return "no_code";
  return counted[0].attempts >= POLICY.otp.maxAttempts ? "used_up" : "wrong";
}
