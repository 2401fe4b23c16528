import "server-only";
import { z } from "zod";
import { db, type Tx } from "../db";
import { revokeAllSessions } from "../sessions/sessions";
import { sha256Hex } from "../crypto/tokens";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { findEmailLink, linkState, zLinkToken, type LinkState } from "./reset-link";

// "This wasn't me", from a security notice: every session ends and the password stops working
// until the person resets it. The page asks for a button press first, because mail scanners open
// links on their own.

export const zReportNotMe = z.object({ token: zLinkToken });
export type ReportNotMeInput = z.output<typeof zReportNotMe>;

/**
 * The notice of an email change carries the old address: it goes back on the account, unless
 * another account has taken it since (then the reset that follows goes to the address on file).
 */
async function putEmailBack(tx: Tx, userId: string, email: string, info: RequestInfo): Promise<void> {
  const holder = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (holder) return;
  await tx.user.update({ where: { id: userId }, data: { email } });
  await recordSecurityEvent(tx, userId, "email.restored", info);
}

export async function inspectNotMeLink(token: string): Promise<LinkState> {
  return linkState(await findEmailLink(token, "NOT_ME"));
}

export async function reportNotMe(
  token: string,
  info: RequestInfo,
): Promise<{ ok: true } | { ok: false; state: Exclude<LinkState, "valid"> }> {
  const row = await findEmailLink(token, "NOT_ME");
  const state = linkState(row);
  if (!row || state !== "valid") return { ok: false, state: state === "valid" ? "unknown" : state };
  return db().$transaction(async (tx) => {
    const now = new Date();
    const used = await tx.emailToken.updateMany({
      where: { tokenHash: sha256Hex(token), purpose: "NOT_ME", usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return { ok: false, state: "used" } as const;
    await revokeAllSessions(tx, row.userId);
    // A reset or a change of email address under way may be someone else's: the person starts anew.
    await tx.emailToken.updateMany({
      where: { userId: row.userId, purpose: { in: ["RESET_PASSWORD", "CHANGE_EMAIL"] }, usedAt: null },
      data: { usedAt: now },
    });
    await tx.user.update({ where: { id: row.userId }, data: { passwordResetRequired: true } });
    await recordSecurityEvent(tx, row.userId, "not_me.reported", info);
    // Read under the row lock the update above took: a newer email change may have cleared it.
    const restore = await tx.emailToken.findUniqueOrThrow({ where: { id: row.id }, select: { newEmail: true } });
    if (restore.newEmail) await putEmailBack(tx, row.userId, restore.newEmail, info);
    return { ok: true } as const;
  });
}
