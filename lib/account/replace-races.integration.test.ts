import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueSignUpBackupCode } from "@/lib/registration/backup-code-step";
import { fullSession, info, signedUpTo } from "@/tests/support/factories";
import { startDraft } from "@/lib/filing/drafts";
import { MAX_DRAFTS } from "@/lib/filing/drafts";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";
import { changeSecurityQuestions } from "./change-security-questions";
import { requestEmailChange } from "./change-email";
import { regenerateBackupCode } from "./regenerate-backup-code";
import { startAddingMethod } from "./verification-methods";

// Changes that void a person's old rows and write new ones, run several at once. On the embedded
// database they run one at a time; the PostgreSQL leg is where they overlap.

const BURST = 8;
const times = <T>(n: number, run: () => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: n }, run));

describe("a new backup code", () => {
  it(`of ${BURST} new codes at once (settings and sign-up), exactly one stays usable`, async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    const results = await times(BURST, () => regenerateBackupCode(session, info));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db().backupCode.count({ where: { userId: user.id, usedAt: null } })).toBe(1);

    await Promise.all([issueSignUpBackupCode(session, info), regenerateBackupCode(session, info), issueSignUpBackupCode(session, info)]);
    expect(await db().backupCode.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
  });
});

describe("replacing the security questions", () => {
  it(`${BURST} replacements at once leave exactly five answers (none fails)`, async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    const answers = ["apple", "banana", "cherry", "damson", "elder"];
    const results = await times(BURST, () => changeSecurityQuestions(session, { questions: ["1", "2", "3", "4", "6"], answers }, info));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db().securityAnswer.count({ where: { userId: user.id } })).toBe(5);
  });
});

describe("links and pending methods", () => {
  it("leaves one pending authenticator app, one email change link and one reset link when each is asked for several times at once", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const session = await fullSession(user.id);
    await times(BURST, () => startAddingMethod(session, { kind: "TOTP", phone: "" }));
    expect(await db().mfaMethod.count({ where: { userId: user.id, verifiedAt: null } })).toBe(1);

    await times(BURST, () => requestEmailChange(session, { newEmail: "moved@example.com", confirmNewEmail: "moved@example.com" }, info));
    expect(await db().emailToken.count({ where: { userId: user.id, purpose: "CHANGE_EMAIL", usedAt: null } })).toBe(1);

    await times(4, () => requestPasswordReset({ email: user.email }, info));
    expect(await db().emailToken.count({ where: { userId: user.id, purpose: "RESET_PASSWORD", usedAt: null } })).toBe(1);
  });
});

describe("the draft limit", () => {
  it(`of ${BURST} forms started at once with one place left, one is started`, async () => {
    const { user } = await signedUpTo("COMPLETE");
    const actor = { id: user.id, email: user.email, role: "APPLICANT" as const };
    for (let i = 0; i < MAX_DRAFTS - 1; i++) expect((await startDraft(actor, { formType: "I-765" })).ok).toBe(true);
    const results = await times(BURST, () => startDraft(actor, { formType: "I-765" }));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().filing.count({ where: { ownerId: user.id, status: "DRAFT" } })).toBe(MAX_DRAFTS);
  });
});
