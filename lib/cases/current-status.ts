import "server-only";
import type { Tx } from "../db";

/**
 * Makes `status` the case's current one, unless a status dated later is there already: two changes
 * at once (an officer's and the applicant's response, say) commit in either order, and the case
 * keeps the newest of its history's entries either way. Call after adding the history entry.
 */
export async function setCurrentStatus(tx: Tx, caseId: string, status: string, at: Date): Promise<void> {
  await tx.case.updateMany({ where: { id: caseId, statusChangedAt: { lte: at } }, data: { status, statusChangedAt: at } });
}
