import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/passwords/hash";
import { findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import {
  changeEmailAndConfirm,
  fullSession,
  GOOD_PASSWORD,
  info,
  latestCode,
  latestMessage,
  outboxFor,
  sessionFor,
  signedUpTo,
  staleSession,
  tableCounts,
  tokenIn,
  uniqueEmail,
} from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import { changePassword, zChangePassword } from "./change-password";
import { confirmEmailChange, emailChangeLinkState, requestEmailChange, zChangeEmail, zConfirmEmailChange } from "./change-email";
import { changeSecurityQuestions } from "./change-security-questions";
import { regenerateBackupCode } from "./regenerate-backup-code";
import { cancelAddingMethod, confirmNewMethod, methodsView, removeMethod, startAddingMethod, zRemoveMethod } from "./verification-methods";
import { inEnglish } from "@/tests/support/english";
import { reportNotMe } from "@/lib/recovery/report-not-me";
import { openResetLink } from "@/lib/recovery/open-reset-link";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";

const NEW_PASSWORD = "Copper-Kettle-Lane-77?";
const notices = async (to: string) =>
  (await outboxFor(to)).filter((m) => m.template === "security-notice").map((m) => m.subject?.split(" | ")[0]);

describe("every security setting needs a second step in the last 20 minutes", () => {
  it("refuses each change from a session whose last check is older, and changes nothing", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const stale = await staleSession(user.id);
    const before = await tableCounts();
    const userBefore = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const results = [
      await changePassword(stale, { currentPassword: GOOD_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info),
      await requestEmailChange(stale, { newEmail: "new@example.com", confirmNewEmail: "new@example.com" }, info),
      await changeSecurityQuestions(
        stale,
        { questions: ["1", "2", "3", "4", "6"], answers: ["apple", "banana", "cherry", "damson", "elder"] },
        info,
      ),
      await regenerateBackupCode(stale, info),
      await startAddingMethod(stale, { kind: "TOTP", phone: "" }),
      await confirmNewMethod(stale, { code: "123456" }, info),
      await removeMethod(stale, { methodId: (await db().mfaMethod.findFirstOrThrow({ where: { userId: user.id } })).id }, info),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "reauth_required" });
    expect(await tableCounts()).toEqual(before);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(userBefore);
  });
});

describe("changing the password", () => {
  it("needs the current password and the sign-up rules, ends other sessions and emails a notice", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    const other = await sessionFor(user.id, "FULL");
    expect(
      await changePassword(session, { currentPassword: "Wrong-Password-1!", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: "Your current password is not correct." },
    });
    expect(
      await changePassword(session, { currentPassword: GOOD_PASSWORD, password: "password", confirmPassword: "password" }, info),
    ).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect(
      await changePassword(session, { currentPassword: GOOD_PASSWORD, password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD }, info).then(
        inEnglish,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { password: expect.stringContaining("different") } });
    const mismatched = { currentPassword: GOOD_PASSWORD, password: NEW_PASSWORD, confirmPassword: "other" };
    expect(await submit(zChangePassword, mismatched, (input) => changePassword(session, input, info))).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: expect.any(String) },
    });
    expect(await notices(user.email)).toEqual([]);

    expect(
      await changePassword(session, { currentPassword: GOOD_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info),
    ).toEqual({ ok: true });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifySecret(row.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await findLiveSession(other.token, { touch: false })).toBeNull();
    expect(await findLiveSession(session.token, { touch: false })).not.toBeNull();
    expect(await notices(user.email)).toEqual(["Your password was changed"]);
  });
});

describe("changing the email address", () => {
  it("takes effect only through the link sent to the new address, and tells the old one", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    const newEmail = uniqueEmail("moved");
    expect(
      await submit(zChangeEmail, { newEmail, confirmNewEmail: "typo@example.com" }, (input) => requestEmailChange(session, input, info)),
    ).toMatchObject({ ok: false, fieldErrors: { confirmNewEmail: expect.any(String) } });
    expect(await requestEmailChange(session, { newEmail: user.email, confirmNewEmail: user.email }, info)).toMatchObject({
      ok: false,
      fieldErrors: { newEmail: expect.any(String) },
    });
    // A post without the second box (not from the page) gets the page's own words, not the parser's.
    expect(await submit(zChangeEmail, { newEmail }, (input) => requestEmailChange(session, input, info))).toMatchObject({
      ok: false,
      fieldErrors: { confirmNewEmail: "Enter the new email address again." },
    });
    expect(
      await submit(zChangeEmail, { newEmail: newEmail.toUpperCase(), confirmNewEmail: newEmail }, (input) =>
        requestEmailChange(session, input, info),
      ),
    ).toMatchObject({ ok: true, sentTo: newEmail });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await notices(user.email)).toEqual(["A change of your account email address was asked for"]);

    const token = tokenIn((await latestMessage(newEmail, "confirm-new-email")).body);
    expect(await emailChangeLinkState(token)).toEqual({ state: "valid", newEmail });
    expect(await confirmEmailChange({ token }, info)).toEqual({ ok: true, newEmail });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    expect(await notices(user.email)).toEqual([
      "A change of your account email address was asked for",
      "Your account email address was changed",
    ]);
    expect(await notices(newEmail)).toEqual([]);
    expect(await confirmEmailChange({ token }, info)).toMatchObject({ ok: false, code: "link_used" });
    expect(await emailChangeLinkState("garbage")).toEqual({ state: "unknown" });
    expect(await submit(zConfirmEmailChange, { token: ["not", "a", "token"] }, (input) => confirmEmailChange(input, info))).toMatchObject({
      ok: false,
      code: "link_unknown",
    });
  });

  it("does not reveal that the new address has an account: that address gets a message instead of a link", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const other = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    expect(await requestEmailChange(session, { newEmail: other.user.email, confirmNewEmail: other.user.email }, info)).toMatchObject({
      ok: true,
      sentTo: other.user.email,
    });
    expect((await latestMessage(other.user.email)).template).toBe("account-exists");
    expect(await db().emailToken.count({ where: { userId: user.id, purpose: "CHANGE_EMAIL" } })).toBe(0);
  });

  it("a pending change is cancelled by “This wasn't me” on the request's notice, and by a password change", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const byNotMe = await changeEmailAndConfirm(await fullSession(user.id), uniqueEmail("taken-over"));
    const notMeToken = tokenIn((await latestMessage(user.email, "security-notice")).body);
    expect(await reportNotMe(notMeToken, info)).toEqual({ ok: true });
    expect(await emailChangeLinkState(byNotMe)).toEqual({ state: "used" });
    expect(await confirmEmailChange({ token: byNotMe }, info)).toMatchObject({ ok: false, code: "link_used" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    const second = await signedUpTo("COMPLETE");
    const session = await fullSession(second.user.id);
    const byPasswordChange = await changeEmailAndConfirm(session, uniqueEmail("before-password"));
    expect(
      await changePassword(session, { currentPassword: GOOD_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info),
    ).toEqual({ ok: true });
    expect(await confirmEmailChange({ token: byPasswordChange }, info)).toMatchObject({ ok: false, code: "link_used" });
    expect((await db().user.findUniqueOrThrow({ where: { id: second.user.id } })).email).toBe(second.user.email);
  });

  it("“This wasn't me” on the notice of a change puts the old address back, unless a newer change or another account came since", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const moved = uniqueEmail("moved-away");
    await confirmEmailChange({ token: await changeEmailAndConfirm(await fullSession(user.id), moved) }, info);
    const notMeToken = tokenIn((await latestMessage(user.email, "security-notice")).body);
    expect(await reportNotMe(notMeToken, info)).toEqual({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe(user.email);
    expect(after.passwordResetRequired).toBe(true);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "email.restored" } })).toBe(1);

    // Two changes in a row: the first notice's link still secures the account, but the address
    // on it no longer comes back.
    const twice = await signedUpTo("COMPLETE");
    const session = await fullSession(twice.user.id);
    const middle = uniqueEmail("middle");
    await confirmEmailChange({ token: await changeEmailAndConfirm(session, middle) }, info);
    const firstNotice = tokenIn((await latestMessage(twice.user.email, "security-notice")).body);
    const latest = uniqueEmail("latest");
    await confirmEmailChange({ token: await changeEmailAndConfirm(session, latest) }, info);
    expect(await reportNotMe(firstNotice, info)).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: twice.user.id } })).email).toBe(latest);

    // The old address has an account of its own by now: it stays with that account.
    const third = await signedUpTo("COMPLETE");
    await confirmEmailChange({ token: await changeEmailAndConfirm(await fullSession(third.user.id), uniqueEmail("gone")) }, info);
    const thirdNotice = tokenIn((await latestMessage(third.user.email, "security-notice")).body);
    const newcomer = await db().user.create({ data: { email: third.user.email } });
    expect(await reportNotMe(thirdNotice, info)).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: third.user.id } })).email).not.toBe(third.user.email);
    expect((await db().user.findUniqueOrThrow({ where: { id: newcomer.id } })).email).toBe(third.user.email);
    expect(await db().securityEvent.count({ where: { userId: third.user.id, kind: "email.restored" } })).toBe(0);
  });

  it("a reset link sent to the old address stops working when the change is confirmed", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const pending = await changeEmailAndConfirm(await fullSession(user.id), uniqueEmail("new-home"));
    await requestPasswordReset({ email: user.email }, { ...info, ip: null });
    const resetToken = tokenIn((await latestMessage(user.email, "reset-password")).body);
    expect(await openResetLink(resetToken)).toMatchObject({ state: "valid" });

    expect(await confirmEmailChange({ token: pending }, info)).toMatchObject({ ok: true });
    expect(await openResetLink(resetToken)).toMatchObject({ state: "used" });
  });

  it("an expired link is refused", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const newEmail = uniqueEmail("late");
    const token = await changeEmailAndConfirm(await fullSession(user.id), newEmail);
    await db().emailToken.updateMany({
      where: { userId: user.id, purpose: "CHANGE_EMAIL" },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await confirmEmailChange({ token }, info)).toMatchObject({ ok: false, code: "link_expired" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("verification methods", () => {
  it("adds an app after a right code, changes the mobile number, and never removes the last method", async () => {
    const { user } = await signedUpTo("COMPLETE", { method: "EMAIL" });
    const session = await fullSession(user.id);
    expect(await startAddingMethod(session, { kind: "EMAIL", phone: "" }).then(inEnglish)).toMatchObject({
      ok: false,
      fieldErrors: { kind: "Email is already one of your methods." },
    });

    expect(await startAddingMethod(session, { kind: "TOTP", phone: "" })).toEqual({ ok: true });
    const view = await methodsView(session);
    expect(view.pending).toMatchObject({ kind: "TOTP", qrDataUrl: expect.stringMatching(/^data:image\/png/) });
    expect(await confirmNewMethod(session, { code: "000000" }, info)).toMatchObject({ ok: false, code: "wrong_code" });
    const { generate } = await import("otplib");
    const { readTotpSecret } = await import("@/lib/mfa/totp");
    const pending = await db().mfaMethod.findFirstOrThrow({ where: { userId: user.id, verifiedAt: null } });
    expect(
      await confirmNewMethod(session, { code: await generate({ secret: readTotpSecret(pending.totpSecretEnc!) }) }, info),
    ).toMatchObject({ ok: true, kind: "TOTP" });
    expect((await methodsView(session)).methods.map((m) => m.kind)).toEqual(["EMAIL", "TOTP"]);

    // The sign-up code was just sent; the 30-second resend spacing is not what this test is about.
    await db().otpChallenge.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    expect(await startAddingMethod(session, { kind: "SMS", phone: "555" })).toMatchObject({
      ok: false,
      fieldErrors: { phone: expect.any(String) },
    });
    expect(await startAddingMethod(session, { kind: "SMS", phone: "(202) 555-0144" })).toEqual({ ok: true });
    expect(await confirmNewMethod(session, { code: await latestCode("+12025550144") }, info)).toMatchObject({ ok: true, kind: "SMS" });
    await db().otpChallenge.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    expect(await startAddingMethod(session, { kind: "SMS", phone: "(202) 555-0145" })).toEqual({ ok: true });
    expect(await confirmNewMethod(session, { code: await latestCode("+12025550145") }, info)).toMatchObject({ ok: true });
    const sms = await db().mfaMethod.findMany({ where: { userId: user.id, kind: "SMS" } });
    expect(sms.map((m) => m.phone)).toEqual(["+12025550145"]);
    expect(await notices(user.email)).toEqual([
      "A verification method was added",
      "A verification method was added",
      "Your mobile number was changed",
    ]);

    const methods = (await methodsView(session)).methods;
    for (const m of methods.slice(0, -1)) expect(await removeMethod(session, { methodId: m.id }, info)).toEqual({ ok: true });
    const last = methods[methods.length - 1];
    expect(await removeMethod(session, { methodId: last.id }, info)).toMatchObject({ ok: false, code: "last_method" });
    expect(await submit(zRemoveMethod, { methodId: "not-a-uuid" }, (input) => removeMethod(session, input, info))).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("one person can never remove another person's method", async () => {
    const mine = await signedUpTo("COMPLETE");
    const theirs = await signedUpTo("COMPLETE", { method: "EMAIL_SMS" });
    const theirMethod = await db().mfaMethod.findFirstOrThrow({ where: { userId: theirs.user.id } });
    expect(await removeMethod(await fullSession(mine.user.id), { methodId: theirMethod.id }, info)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db().mfaMethod.count({ where: { userId: theirs.user.id } })).toBe(2);
  });

  it("cancelling drops the unverified method", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    await startAddingMethod(session, { kind: "TOTP", phone: "" });
    await cancelAddingMethod(session);
    expect((await methodsView(session)).pending).toBeNull();
  });
});

describe("backup code and questions", () => {
  it("a new backup code voids the old one and is kept on the session until saved", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session: CurrentSession & { token: string } = await fullSession(user.id);
    const before = await db().backupCode.findFirstOrThrow({ where: { userId: user.id, usedAt: null } });
    expect(await regenerateBackupCode(session, info)).toEqual({ ok: true });
    const codes = await db().backupCode.findMany({ where: { userId: user.id, usedAt: null } });
    expect(codes).toHaveLength(1);
    expect(codes[0].id).not.toBe(before.id);
    const { renewedBackupCode } = await import("@/lib/auth/backup-code-sign-in");
    expect(await renewedBackupCode(session)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await notices(user.email)).toEqual(["Your backup code was replaced"]);
  });

  it("new questions replace the old answers; duplicates are refused", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    expect(
      await changeSecurityQuestions(
        session,
        { questions: ["1", "1", "3", "4", "5"], answers: ["apple", "banana", "cherry", "damson", "elder"] },
        info,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { question2: expect.any(String) } });
    expect(
      await changeSecurityQuestions(
        session,
        { questions: ["6", "7", "8", "9", "10"], answers: ["apple", "a", "cherry", "damson", "elder"] },
        info,
      ).then(inEnglish),
    ).toMatchObject({ ok: false, fieldErrors: { answer2: expect.stringContaining("at least 3 characters") } });
    expect(
      await changeSecurityQuestions(
        session,
        { questions: ["6", "7", "8", "9", "10"], answers: ["apple", "banana", "cherry", "Apple", "elder"] },
        info,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { answer4: expect.stringContaining("passwordReset.questions.sameAnswer") } });
    expect(
      await changeSecurityQuestions(
        session,
        { questions: ["6", "7", "8", "9", "10"], answers: ["apple", "banana", "cherry", "damson", "elder"] },
        info,
      ),
    ).toEqual({ ok: true });
    const rows = await db().securityAnswer.findMany({ where: { userId: user.id }, orderBy: { questionId: "asc" } });
    expect(rows.map((r) => r.questionId)).toEqual([6, 7, 8, 9, 10]);
    expect(await notices(user.email)).toEqual(["Your password reset questions were changed"]);
  });
});
