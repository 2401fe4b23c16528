import "server-only";
import type { Tx } from "../db";
import { keyedHash, normalizeCrockford, randomCrockford } from "../crypto/tokens";
import { POLICY } from "../security-policy";

// One backup code: 16 characters of Crockford base32 (80 bits), shown once, stored as a keyed hash.

const HASH_PURPOSE = "backup-code";

/** Replaces any unused code with a new one and returns it for display (XXXX-XXXX-XXXX-XXXX). */
export async function issueBackupCode(tx: Tx, userId: string): Promise<string> {
  const code = randomCrockford(POLICY.backupCode.length);
  await tx.backupCode.deleteMany({ where: { userId, usedAt: null } });
  await tx.backupCode.create({ data: { userId, codeHash: keyedHash(code, HASH_PURPOSE) } });
  return code.match(/.{4}/g)!.join("-");
}

/** Uses up the code in one statement (WHERE used_at IS NULL), so it works exactly once. */
export async function consumeBackupCode(tx: Tx, userId: string, input: string): Promise<boolean> {
  const code = normalizeCrockford(input);
  if (code.length !== POLICY.backupCode.length) return false;
  const used = await tx.backupCode.updateMany({
    where: { userId, usedAt: null, codeHash: keyedHash(code, HASH_PURPOSE) },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}
