import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { randomToken, sha256Hex } from "../crypto/tokens";
import { POLICY } from "../security-policy";

/**
 * A fresh email-confirmation link (valid 24 hours, single use) that voids the person's older ones.
 * Sign-up emails it; an officer invitation prints it.
 */
export async function newConfirmationLink(tx: Tx, userId: string): Promise<{ url: string; expiresAt: Date }> {
  await tx.emailToken.updateMany({ where: { userId, purpose: "CONFIRM_EMAIL", usedAt: null }, data: { usedAt: new Date() } });
  const token = randomToken();
  const expiresAt = new Date(Date.now() + POLICY.emailConfirmationTtlMs);
  await tx.emailToken.create({ data: { userId, purpose: "CONFIRM_EMAIL", tokenHash: sha256Hex(token), expiresAt } });
  return { url: new URL(`/sign-up/confirm?token=${token}`, env().APP_URL).toString(), expiresAt };
}
