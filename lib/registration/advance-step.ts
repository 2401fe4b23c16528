import "server-only";
import type { Tx } from "../db";
import type { RegistrationStep } from "../generated/prisma/client";
import type { Prisma } from "../generated/prisma/client";

/**
 * Moves a person from one step to the next in one statement that also checks they are still on
 * `from` (two tabs, a replayed form), and applies the step's own changes. False if they were not.
 */
export async function advanceStep(
  tx: Tx,
  userId: string,
  from: RegistrationStep,
  to: RegistrationStep,
  data: Prisma.UserUpdateManyMutationInput = {},
): Promise<boolean> {
  const moved = await tx.user.updateMany({ where: { id: userId, registrationStep: from }, data: { ...data, registrationStep: to } });
  return moved.count === 1;
}
