import "server-only";
import { db, type PrismaClient, type Tx } from "../db";
import { lockUser } from "../db/lock-user";
import { keyedHash, normalizeCrockford, randomCrockford, safeEqualHex } from "../crypto/tokens";
import { hashSecret, verifySecret } from "../passwords/hash";
import { POLICY } from "../security-policy";

// One backup code: 16 characters of Crockford base32 (80 bits), shown once, stored as an argon2id
// hash (salted and slow, as for passwords: below 112 bits a keyed hash alone is not enough).

const LEGACY_HASH_PURPOSE = "backup-code";

export type NewBackupCode = { shown: string; codeHash: string };

/** A new code (for display, XXXX-XXXX-XXXX-XXXX) and its hash, made before the transaction that stores it: argon2 is slow. */
export async function newBackupCode(): Promise<NewBackupCode> {
  const code = randomCrockford(POLICY.backupCode.length);
  return { shown: code.match(/.{4}/g)!.join("-"), codeHash: await hashSecret(code) };
}

/** Replaces any unused code with `next` and returns it for display. */
export async function storeBackupCode(tx: Tx, userId: string, next: NewBackupCode): Promise<string> {
  await lockUser(tx, userId);
  await tx.backupCode.deleteMany({ where: { userId, usedAt: null } });
  await tx.backupCode.create({ data: { userId, codeHash: next.codeHash } });
  return next.shown;
}

/** Replaces any unused code with a new one and returns it for display. */
export async function issueBackupCode(tx: Tx, userId: string): Promise<string> {
  return storeBackupCode(tx, userId, await newBackupCode());
}

// Codes issued before argon2 were stored as a keyed hash (HMAC-SHA256). They cannot be rehashed
// without the code itself, so they keep working until used or replaced, and whatever replaces them
// is argon2. A stored argon2 hash always starts with "$argon2".
async function matches(codeHash: string, code: string): Promise<boolean> {
  if (codeHash.startsWith("$argon2")) return verifySecret(codeHash, code);
  return safeEqualHex(codeHash, keyedHash(code, LEGACY_HASH_PURPOSE));
}

/**
 * The id of the person's unused code that `input` matches, or null. Slow on purpose (argon2), so
 * callers that serialize code checks run it before taking their lock.
 */
export async function findMatchingBackupCode(userId: string, input: string, client: Tx | PrismaClient = db()): Promise<string | null> {
  const code = normalizeCrockford(input);
  if (code.length !== POLICY.backupCode.length) return null;
  const unused = await client.backupCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const row of unused) if (await matches(row.codeHash, code)) return row.id;
  return null;
}

/** Uses up a matched code in one statement (WHERE used_at IS NULL), so it works exactly once. */
export async function spendBackupCode(tx: Tx, codeId: string): Promise<boolean> {
  const used = await tx.backupCode.updateMany({ where: { id: codeId, usedAt: null }, data: { usedAt: new Date() } });
  return used.count === 1;
}

/** Checks and uses up the code inside `tx`. */
export async function consumeBackupCode(tx: Tx, userId: string, input: string): Promise<boolean> {
  const codeId = await findMatchingBackupCode(userId, input, tx);
  return codeId !== null && (await spendBackupCode(tx, codeId));
}
