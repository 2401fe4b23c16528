import "server-only";
import { z } from "zod";
import { db } from "../db";
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
    // A reset already under way may be someone else's: the person starts a new one.
    await tx.emailToken.updateMany({ where: { userId: row.userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordResetRequired: true } });
    await recordSecurityEvent(tx, row.userId, "not_me.reported", info);
    return { ok: true } as const;
  });
}
