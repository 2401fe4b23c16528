import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { randomToken, sha256Hex } from "@/lib/crypto/tokens";
import { sendSecurityNotice } from "@/lib/notify/security-notice";
import { findLiveSession } from "@/lib/sessions/sessions";
import { info, latestMessage, sessionFor, signedUpTo, tableCounts, tokenIn } from "@/tests/support/factories";
import { openResetLink } from "./open-reset-link";
import { requestPasswordReset } from "./request-password-reset";
import { inspectNotMeLink, reportNotMe } from "./report-not-me";

async function noticeLink(user: { id: string; email: string }): Promise<string> {
  await db().$transaction((tx) => sendSecurityNotice(tx, user, "new_sign_in", info));
  const message = await latestMessage(user.email, "security-notice");
  expect(message.body).toContain("http://localhost:3000/not-me?token=");
  return tokenIn(message.body);
}

describe("reportNotMe", () => {
  it("ends every session, locks the password until a reset, voids pending reset links and records the report", async () => {
    const { user, session } = await signedUpTo("COMPLETE");
    const other = await sessionFor(user.id, "PASSWORD_ONLY");
    await requestPasswordReset({ email: user.email }, { ...info, ip: null });
    const resetToken = tokenIn((await latestMessage(user.email, "reset-password")).body);
    const token = await noticeLink(user);
    expect(await inspectNotMeLink(token)).toBe("valid");

    expect(await reportNotMe(token, info)).toEqual({ ok: true });

    expect(await findLiveSession(session.token, { touch: false })).toBeNull();
    expect(await findLiveSession(other.token, { touch: false })).toBeNull();
    expect(await db().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordResetRequired).toBe(true);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "not_me.reported" } })).toBe(1);
    expect(await openResetLink(resetToken)).toMatchObject({ state: "used" });
  });

  it("a used not-me link is refused and changes nothing more", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await noticeLink(user);
    expect(await reportNotMe(token, info)).toEqual({ ok: true });
    await db().user.update({ where: { id: user.id }, data: { passwordResetRequired: false } });
    const later = await sessionFor(user.id, "FULL");

    expect(await inspectNotMeLink(token)).toBe("used");
    expect(await reportNotMe(token, info)).toEqual({ ok: false, state: "used" });
    expect(await findLiveSession(later.token, { touch: false })).not.toBeNull();
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordResetRequired).toBe(false);
  });

  it("an expired not-me link is refused", async () => {
    const { user, session } = await signedUpTo("COMPLETE");
    const token = await noticeLink(user);
    await db().emailToken.update({ where: { tokenHash: sha256Hex(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await inspectNotMeLink(token)).toBe("expired");
    expect(await reportNotMe(token, info)).toEqual({ ok: false, state: "expired" });
    expect(await findLiveSession(session.token, { touch: false })).not.toBeNull();
  });

  it("garbage and reset tokens give the unknown state and never throw", async () => {
    const { user, session } = await signedUpTo("COMPLETE");
    const reset = randomToken();
    await db().emailToken.create({
      data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash: sha256Hex(reset), expiresAt: new Date(Date.now() + 60_000) },
    });
    const before = await tableCounts();
    for (const token of ["", "abc", "' OR 1=1 --", "x".repeat(5000), randomToken(), reset]) {
      expect(await inspectNotMeLink(token)).toBe("unknown");
      expect(await reportNotMe(token, info)).toEqual({ ok: false, state: "unknown" });
    }
    expect(await tableCounts()).toEqual(before);
    expect(await findLiveSession(session.token, { touch: false })).not.toBeNull();
  });
});
