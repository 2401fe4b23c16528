import "server-only";
import { db } from "../db";
import type { Prisma, RepresentationEndedBy, RepresentationSource } from "../generated/prisma/client";
import { msg } from "../i18n/message-ref";
import { isId } from "../ids";

// The G-28s on a case as its applicant and the console see them: current ones first, then the
// ended ones (the history of representation stays on the case).

/** name: the representative's own, or a msg() reference when they gave none (show it with text()). */
export type RepresentativeSummary = { name: string; organization: string | null; verified: boolean };

export type ClientRepresentation = RepresentativeSummary & {
  id: string;
  startedAt: Date;
  endedAt: Date | null;
  endedBy: RepresentationEndedBy | null;
};

export type OfficerRepresentation = ClientRepresentation & {
  email: string;
  accountNumber: string;
  source: RepresentationSource;
  recordedByEmail: string | null;
  endedByEmail: string | null;
};

const REPRESENTATIVE_SELECT = {
  email: true,
  accountNumber: true,
  fullName: true,
  representativeProfile: { select: { fullName: true, organization: true, verifiedAt: true } },
} as const;

function summary(user: {
  fullName: string | null;
  representativeProfile: { fullName: string; organization: string; verifiedAt: Date | null } | null;
}): RepresentativeSummary {
  const profile = user.representativeProfile;
  return {
    name: profile?.fullName || user.fullName || msg("representative.label.nameNotGiven"),
    organization: profile?.organization || null,
    verified: !!profile?.verifiedAt,
  };
}

const ORDER = [{ endedAt: { sort: "desc", nulls: "first" } }, { startedAt: "desc" }, { id: "desc" }] as const;

/** What caseForOwner reads of each G-28 on the applicant's case, in the order the page lists them. */
export const CLIENT_REPRESENTATIONS = {
  orderBy: [...ORDER],
  select: {
    id: true,
    startedAt: true,
    endedAt: true,
    endedBy: true,
    representative: { select: REPRESENTATIVE_SELECT },
  },
} satisfies Prisma.RepresentationFindManyArgs;

export function clientRepresentation({
  representative,
  ...row
}: {
  id: string;
  startedAt: Date;
  endedAt: Date | null;
  endedBy: RepresentationEndedBy | null;
  representative: Parameters<typeof summary>[0];
}): ClientRepresentation {
  return { ...row, ...summary(representative) };
}

/** Every G-28 on the case, for the console (the caller has checked the officer). */
export async function representationsForOfficer(caseId: string): Promise<OfficerRepresentation[]> {
  if (!isId(caseId)) return [];
  const rows = await db().representation.findMany({
    where: { caseId },
    orderBy: [...ORDER],
    select: {
      ...CLIENT_REPRESENTATIONS.select,
      source: true,
      recordedBy: { select: { email: true } },
      endedByUser: { select: { email: true } },
    },
  });
  return rows.map(({ representative, recordedBy, endedByUser, ...row }) => ({
    ...row,
    ...summary(representative),
    email: representative.email,
    accountNumber: representative.accountNumber,
    recordedByEmail: recordedBy?.email ?? null,
    endedByEmail: endedByUser?.email ?? null,
  }));
}
