import argon2 from "argon2";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { keyedHash, normalizeCrockford } from "@/lib/crypto/tokens";
import { consumeBackupCode } from "@/lib/mfa/backup-code";
import { hashSecret } from "@/lib/passwords/hash";
import { info, signedUpTo, tableCounts } from "@/tests/support/factories";
import type { FormFields } from "@/lib/actions/form-input";
import { submit } from "@/tests/support/action-input";
import { confirmBackupCodeSaved, issueSignUpBackupCode, zBackupCodeSaved } from "./backup-code-step";

async function shownCode(session: Parameters<typeof issueSignUpBackupCode>[0]): Promise<string> {
  const code = await issueSignUpBackupCode(session, info);
  if (!code) throw new Error("no backup code was shown");
  return code;
}

const SHOWN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe("issueSignUpBackupCode", () => {
  it("returns a 16-character Crockford code for display and stores only its salted argon2id hash", async () => {
    const { user, session } = await signedUpTo("BACKUP_CODE");
    const shown = await shownCode(session);
    expect(shown).toMatch(SHOWN);
    const rows = await db().backupCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ usedAt: null, savedAt: null, codeHash: expect.stringMatching(/^\$argon2id\$/) });
    expect(await argon2.verify(rows[0].codeHash, normalizeCrockford(shown))).toBe(true);
    // Salted: the same code hashed again gives a different string.
    expect(await hashSecret(normalizeCrockford(shown))).not.toBe(rows[0].codeHash);
    expect(JSON.stringify(rows)).not.toContain(shown.replace(/-/g, ""));
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "backup_code.issued" } })).toBe(1);
  });

  it("showing the page again issues a new code and voids the one shown before", async () => {
    const { user, session } = await signedUpTo("BACKUP_CODE");
    const first = await shownCode(session);
    const second = await shownCode(session);
    expect(second).not.toBe(first);
    expect(await db().backupCode.count({ where: { userId: user.id } })).toBe(1);
    await db().$transaction(async (tx) => {
      expect(await consumeBackupCode(tx, user.id, first)).toBe(false);
    });
  });

  it("the code works once, typed in any case with or without dashes", async () => {
    const { user, session } = await signedUpTo("BACKUP_CODE");
    const shown = await shownCode(session);
    const typed = shown.toLowerCase().replace(/-/g, " ");
    await db().$transaction(async (tx) => {
      expect(await consumeBackupCode(tx, user.id, typed)).toBe(true);
      expect(await consumeBackupCode(tx, user.id, shown)).toBe(false);
    });
    const [row] = await db().backupCode.findMany({ where: { userId: user.id } });
    expect(row.usedAt).toBeInstanceOf(Date);
  });

  it("a code stored before argon2 (keyed hash) still works, once", async () => {
    const { user } = await signedUpTo("BACKUP_CODE");
    const legacy = "ABCDEFGHJKMNPQRS";
    await db().backupCode.create({ data: { userId: user.id, codeHash: keyedHash(legacy, "backup-code") } });
    await db().$transaction(async (tx) => {
      expect(await consumeBackupCode(tx, user.id, "abcd-efgh-jkmn-pqrs")).toBe(true);
      expect(await consumeBackupCode(tx, user.id, legacy)).toBe(false);
    });
  });

  it("another person's code does not work for this account", async () => {
    const a = await signedUpTo("BACKUP_CODE");
    const b = await signedUpTo("BACKUP_CODE");
    const codeOfA = await shownCode(a.session);
    await issueSignUpBackupCode(b.session, info);
    await db().$transaction(async (tx) => {
      expect(await consumeBackupCode(tx, b.user.id, codeOfA)).toBe(false);
    });
  });
});

describe("confirmBackupCodeSaved", () => {
  it("marks the code saved and moves to the security questions", async () => {
    const { user, session } = await signedUpTo("BACKUP_CODE");
    await issueSignUpBackupCode(session, info);
    expect(await confirmBackupCodeSaved(session, { saved: "yes" })).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("SECURITY_QUESTIONS");
    const [row] = await db().backupCode.findMany({ where: { userId: user.id } });
    expect(row.savedAt).toBeInstanceOf(Date);
  });

  it("requires the confirmation box and changes nothing without it", async () => {
    const { user, session } = await signedUpTo("BACKUP_CODE");
    await issueSignUpBackupCode(session, info);
    const before = await tableCounts();
    for (const fields of [{}, { saved: "" }, { saved: "no" }, { saved: "true" }] as FormFields[]) {
      expect(await submit(zBackupCodeSaved, fields, (input) => confirmBackupCodeSaved(session, input))).toMatchObject({
        ok: false,
        code: "invalid_input",
        fieldErrors: { saved: expect.any(String) },
      });
    }
    expect(await tableCounts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("BACKUP_CODE");
  });

  it("a replayed form is refused as out of order", async () => {
    const { session } = await signedUpTo("BACKUP_CODE");
    await issueSignUpBackupCode(session, info);
    expect((await confirmBackupCodeSaved(session, { saved: "yes" })).ok).toBe(true);
    expect(await confirmBackupCodeSaved(session, { saved: "yes" })).toMatchObject({ ok: false, code: "out_of_order" });
  });
});
