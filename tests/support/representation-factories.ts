// Representatives and their G-28s for integration tests: an account with role REPRESENTATIVE and a
// profile, and a Representation row on a case (current, or ended).
import { db } from "@/lib/db";
import type { RepresentationEndedBy } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { createUser, sessionFor } from "./factories";
import { uniqueEmail } from "./test-data";

export async function representative(fullName = "Rosa Lawyer") {
  const user = await createUser("COMPLETE", uniqueEmail("representative"));
  await db().user.update({ where: { id: user.id }, data: { role: "REPRESENTATIVE" } });
  await db().representativeProfile.create({
    data: {
      userId: user.id,
      kind: "ATTORNEY",
      fullName,
      organization: "Lawyer & Partners",
      addressLine1: "1 Main Street",
      city: "Boston",
      state: "MA",
      postalCode: "02108",
      phone: "+12025550199",
      barAdmissions: [{ jurisdiction: "Massachusetts", barNumber: "123456", goodStanding: true }],
    },
  });
  const actor: Actor = { id: user.id, email: user.email, role: "REPRESENTATIVE" };
  return { user, actor, session: await sessionFor(user.id, "FULL") };
}

/** A G-28 naming the representative on the case; `ended` makes it a former one. */
export async function represent(
  caseId: string,
  representativeId: string,
  options: { startedAt?: Date; ended?: { at?: Date; by: RepresentationEndedBy } } = {},
) {
  const owner = await db().case.findUniqueOrThrow({ where: { id: caseId }, select: { ownerId: true } });
  return db().representation.create({
    data: {
      caseId,
      representativeId,
      clientId: owner.ownerId,
      source: "PAPER",
      startedAt: options.startedAt ?? new Date(Date.now() - 60 * 60_000),
      endedAt: options.ended ? (options.ended.at ?? new Date()) : null,
      endedBy: options.ended?.by ?? null,
    },
  });
}
