import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueBackupCode } from "@/lib/mfa/backup-code";
import { findLiveSession } from "@/lib/sessions/sessions";
import { submit } from "@/tests/support/action-input";
import { info, latestMessage, passwordDone } from "@/tests/support/factories";
import {
  confirmRenewedBackupCodeSaved,
  renewedBackupCode,
  signInWithBackupCode,
  zBackupCodeSignIn,
  zRenewedCodeSaved,
} from "./backup-code-sign-in";

const from = (ip: string) => ({ ...info, ip });

describe("signing in with the backup code", () => {
  it("passes the second step once, shows a new code, emails a notice, and the used code never works again", async () => {
    const { user, session, token } = await passwordDone("EMAIL", from("192.0.2.90"));
    const code = await db().$transaction((tx) => issueBackupCode(tx, user.id));

    const done = await signInWithBackupCode(session, { backupCode: code.toLowerCase().replace(/-/g, " ") }, info);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(await findLiveSession(token, { touch: false })).toBeNull();
    const full = (await findLiveSession(done.sessionToken, { touch: false }))!;
    expect(full.level).toBe("FULL");
    expect(full.secondStepAt).not.toBeNull();

    const renewed = await renewedBackupCode(full);
    expect(renewed).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(renewed).not.toBe(code);
    expect((await latestMessage(user.email, "security-notice")).subject).toMatch(/^Your backup code was used/);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "sign_in.backup_code_used" } })).toBe(1);

    expect(await submit(zRenewedCodeSaved, { saved: "no" }, (input) => confirmRenewedBackupCodeSaved(full, input))).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
    expect(await confirmRenewedBackupCodeSaved(full, { saved: "yes" })).toEqual({ ok: true });
    expect(await renewedBackupCode(full)).toBeNull();

    // Next time: the used code is refused, the renewed one works.
    const again = await passwordDone("EMAIL", from("192.0.2.91"));
    const other = await db().$transaction((tx) => issueBackupCode(tx, again.user.id));
    expect(await signInWithBackupCode(again.session, { backupCode: code }, info)).toMatchObject({ ok: false, code: "wrong_code" });
    expect(await signInWithBackupCode(again.session, { backupCode: other }, info)).toMatchObject({ ok: true });
  });

  it("refuses a used code for the same person", async () => {
    const first = await passwordDone("EMAIL", from("192.0.2.92"));
    const code = await db().$transaction((tx) => issueBackupCode(tx, first.user.id));
    expect(await signInWithBackupCode(first.session, { backupCode: code }, info)).toMatchObject({ ok: true });
    const { signInWithPassword } = await import("./sign-in");
    const { GOOD_PASSWORD } = await import("@/tests/support/factories");
    const second = await signInWithPassword({ email: first.user.email, password: GOOD_PASSWORD }, from("192.0.2.92"));
    if (!second.ok) throw new Error("sign-in failed");
    const half = (await findLiveSession(second.sessionToken, { touch: false }))!;
    const refused = await signInWithBackupCode(half, { backupCode: code }, info);
    expect(refused).toMatchObject({
      ok: false,
      code: "wrong_code",
      fieldErrors: { backupCode: expect.stringContaining("signIn.backupCode.wrong") },
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: first.user.id } })).failedOtpAttempts).toBe(1);
  });

  it("answers empty, malformed and over-long input with a field message and changes nothing", async () => {
    const { user, session } = await passwordDone("EMAIL", from("192.0.2.93"));
    for (const bad of ["", "   ", "ABC", "x".repeat(5000), ["ABCD-EFGH-JKMN-PQRS", "ABCD-EFGH-JKMN-PQRS"]]) {
      const result = await submit(zBackupCodeSignIn, { backupCode: bad }, (input) => signInWithBackupCode(session, input, info));
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { backupCode: expect.any(String) } });
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).failedOtpAttempts).toBe(0);
  });
});
