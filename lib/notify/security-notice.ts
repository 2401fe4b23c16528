import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { randomToken, sha256Hex } from "../crypto/tokens";
import { describeDevice, describePlace } from "../http/describe-device";
import type { RequestInfo } from "../http/request-info";
import { POLICY } from "../security-policy";
import { enqueueEmail } from "./enqueue";
import { SECURITY_NOTICES, type SecurityNoticeKind } from "./security-notice-texts";

/**
 * Emails a security notice (DESIGN.md §5) in the caller's transaction, with a "this wasn't me" link
 * of its own: a single-use token, stored hashed, that ends every session and locks the password.
 * `to` overrides the recipient (the old address, when the email itself changed); `restoreEmail` is
 * the address that "this wasn't me" puts back on the account.
 */
export async function sendSecurityNotice(
  tx: Tx,
  user: { id: string; email: string },
  kind: SecurityNoticeKind,
  info: Pick<RequestInfo, "ip" | "userAgent">,
  options: { to?: string; now?: Date; restoreEmail?: string } = {},
): Promise<void> {
  const token = randomToken();
  await tx.emailToken.create({
    data: {
      userId: user.id,
      purpose: "NOT_ME",
      tokenHash: sha256Hex(token),
      newEmail: options.restoreEmail,
      expiresAt: new Date(Date.now() + POLICY.notMeLinkTtlMs),
    },
  });
  const text = SECURITY_NOTICES[kind];
  await enqueueEmail(
    tx,
    options.to ?? user.email,
    "security-notice",
    {
      subject: text.subject,
      lead: text.lead,
      at: (options.now ?? new Date()).toISOString(),
      device: describeDevice(info.userAgent),
      place: describePlace(info.ip),
      notMeUrl: new URL(`/not-me?token=${token}`, env().APP_URL).toString(),
    },
    { userId: user.id },
  );
}
