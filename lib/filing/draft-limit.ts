import "server-only";
import { db } from "../db";
import { lockUser } from "../db/lock-user";
import type { Prisma } from "../generated/prisma/client";
import { fail, type ActionResult } from "../result";

/**
 * Starts a draft for its owner unless they already have `max` unfinished ones; the refusal says
 * `tooMany`. Counted under the owner's row lock, so forms started at once cannot pass the limit.
 */
export async function createDraftWithinLimit(
  data: Prisma.FilingUncheckedCreateInput & { ownerId: string },
  max: number,
  tooMany: string,
): Promise<ActionResult<{ filingId: string }>> {
  return db().$transaction(async (tx) => {
    await lockUser(tx, data.ownerId);
    const drafts = await tx.filing.count({ where: { ownerId: data.ownerId, status: "DRAFT" } });
    if (drafts >= max) return fail("not_allowed", tooMany);
    const filing = await tx.filing.create({ data, select: { id: true } });
    return { ok: true, filingId: filing.id };
  });
}
