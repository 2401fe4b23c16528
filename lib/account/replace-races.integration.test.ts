import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueSignUpBackupCode } from "@/lib/registration/backup-code-step";
import { fullSession, info, signedUpTo } from "@/tests/support/factories";
import { regenerateBackupCode } from "./regenerate-backup-code";

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
