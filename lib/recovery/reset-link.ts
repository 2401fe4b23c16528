import "server-only";
import { z } from "zod";
import { db } from "../db";
import { isLinkToken, sha256Hex } from "../crypto/tokens";
import { POLICY } from "../security-policy";
import type { ActionError } from "../result";
import { msg } from "../i18n/message-ref";

// Reading an emailed link (reset, "this wasn't me", a new email address): anything that is not
// exactly a token we issued for that purpose is "unknown", so garbage in a URL never reaches more
// than one lookup.

export type LinkState = "valid" | "expired" | "used" | "unknown";

export function tokenFrom(value: unknown): string {
  return typeof value === "string" ? value.slice(0, 100) : "";
}

/** A link's token posted back from its page: never a form error, whatever arrives (the link state says what is wrong). */
export const zLinkToken = z.preprocess(tokenFrom, z.string());

export async function findEmailLink(token: unknown, purpose: "RESET_PASSWORD" | "NOT_ME" | "CHANGE_EMAIL") {
  if (!isLinkToken(token)) return null;
  const row = await db().emailToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      userId: true,
      purpose: true,
      usedAt: true,
      expiresAt: true,
      failedAnswers: true,
      answersPassedAt: true,
      newEmail: true,
      user: { select: { id: true, email: true } },
    },
  });
  return row && row.purpose === purpose ? row : null;
}

export function linkState(row: { usedAt: Date | null; expiresAt: Date } | null): LinkState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "valid";
}

/** A reset link is used up by too many wrong answer rounds (as opposed to a finished reset). */
export function usedUpByAnswers(row: { usedAt: Date | null; failedAnswers: number }): boolean {
  return Boolean(row.usedAt) && row.failedAnswers >= POLICY.resetAnswerRounds;
}

/** A link that cannot take this step (any more): the page shows why instead of the form. */
export type LinkUnusable = ActionError & { code: "link_unusable"; state: Exclude<LinkState, "valid"> | "used_up" };

export function unusable(state: LinkUnusable["state"]): LinkUnusable {
  return { ok: false, code: "link_unusable", message: msg("passwordReset.problems.linkUnusable"), state };
}
