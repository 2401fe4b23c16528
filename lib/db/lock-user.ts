import "server-only";
import type { Tx } from "../db";

/**
 * Takes the person's row lock until `tx` ends. Changes that read the person's rows and then replace
 * or add to them (void the old link and make a new one; count drafts, then start one) call it first,
 * so two at once run one after the other and the second sees what the first wrote. NO KEY UPDATE:
 * rows that refer to the person can still be written meanwhile.
 */
export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
}
