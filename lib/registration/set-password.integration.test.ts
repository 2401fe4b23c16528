import argon2 from "argon2";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GOOD_PASSWORD, info, signedUpTo, tableCounts } from "@/tests/support/factories";
import { submit } from "@/tests/support/action-input";
import type { FormFields } from "@/lib/actions/form-input";
import type { CurrentSession } from "@/lib/sessions/sessions";
import { setSignUpPassword, zSignUpPassword } from "./set-password";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";

/** The password form, posted as the action posts it. */
/** The result as the person reads it in English (lib returns msg() references). */
const post = async (session: CurrentSession, fields: FormFields) =>
  localizeResult(await submit(zSignUpPassword, fields, (input) => setSignUpPassword(session, input, info)), readerFor("en", "UTC"));

describe("setSignUpPassword", () => {
  it("stores an argon2id hash (m=19456, t=2, p=1) and moves to the verification method step", async () => {
    const { user, session } = await signedUpTo("PASSWORD");
    expect(await setSignUpPassword(session, { password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD }, info)).toEqual({ ok: true });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.registrationStep).toBe("MFA_METHOD");
    expect(row.passwordChangedAt).toBeInstanceOf(Date);
    // PHC string: $argon2id$v=19$<params>$<salt>$<hash> (the argon2 package writes m, p, t in that order).
    const [, kind, version, params, salt, hash] = row.passwordHash!.split("$");
    expect([kind, version]).toEqual(["argon2id", "v=19"]);
    expect(Object.fromEntries(params.split(",").map((p) => p.split("=")))).toEqual({ m: "19456", t: "2", p: "1" });
    expect(salt).toMatch(/^[A-Za-z0-9+/]{22,}$/);
    expect(hash).toMatch(/^[A-Za-z0-9+/]{43,}$/);
    expect(row.passwordHash).not.toContain(GOOD_PASSWORD);
    expect(await argon2.verify(row.passwordHash!, GOOD_PASSWORD)).toBe(true);
    expect(await argon2.verify(row.passwordHash!, `${GOOD_PASSWORD}x`)).toBe(false);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "password.set" } })).toBe(1);
  });

  it.each([
    ["too short", "Ab!defg", "password", /at least 8 characters/],
    ["too long", `Ab!${"x".repeat(62)}`, "password", /64 characters or fewer/],
    ["no uppercase", "tangerine-lantern-42!", "password", /uppercase/],
    ["no lowercase", "TANGERINE-LANTERN-42!", "password", /lowercase/],
    ["no special character", "TangerineLantern42", "password", /special character/],
    ["a common password", "Password1!", "password", /too common/],
    ["a common password with a year", "Summer2024!", "password", /too common/],
    ["empty", "", "password", /Enter a password/],
  ])("refuses a password that is %s, changing nothing", async (_, password, field, message) => {
    const { user, session } = await signedUpTo("PASSWORD");
    const before = await tableCounts();
    const result = await post(session, { password, confirmPassword: password });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_input");
    expect(result.fieldErrors?.[field]).toMatch(message);
    expect(await tableCounts()).toEqual(before);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ registrationStep: "PASSWORD", passwordHash: null });
  });

  it("refuses the email address or its local part in the password", async () => {
    const { user, session } = await signedUpTo("PASSWORD");
    const local = user.email.split("@")[0];
    for (const password of [`X!${user.email}`, `Z9!${local.toUpperCase()}y`]) {
      const result = await post(session, { password, confirmPassword: password });
      expect(result).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/email address/) } });
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("refuses a confirmation that does not match, or input that is not text", async () => {
    const { session } = await signedUpTo("PASSWORD");
    expect(await post(session, { password: GOOD_PASSWORD, confirmPassword: `${GOOD_PASSWORD}?` })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: expect.stringMatching(/do not match/) },
    });
    expect(await post(session, { password: GOOD_PASSWORD, confirmPassword: "" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: "Enter your password again." },
    });
    expect(await post(session, { password: [GOOD_PASSWORD, GOOD_PASSWORD], confirmPassword: new File(["x"], "x.txt") })).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
  });

  it("a replayed form is refused and keeps the first password", async () => {
    const { user, session } = await signedUpTo("PASSWORD");
    await setSignUpPassword(session, { password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD }, info);
    const first = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const other = "Another-Fine-Pass-7#";
    expect(await setSignUpPassword(session, { password: other, confirmPassword: other }, info)).toMatchObject({
      ok: false,
      code: "out_of_order",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(first);
  });
});
