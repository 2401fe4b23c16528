import "server-only";
import type { Actor } from "../auth/roles";
import { recordSecurityEvent } from "../audit/record-security-event";
import { db } from "../db";
import type { RequestInfo } from "../http/request-info";
import { msg } from "../i18n/message-ref";
import { fail, type ActionResult } from "../result";
import type { BarAdmission, RepresentativeKind, RepresentativeProfileInput } from "./profile-schema";

// A representative's own details. Officers verify them; a change to what was verified (who they are,
// what lets them represent people) takes the verification away until an officer looks again.

export type RepresentativeProfileView = RepresentativeProfileInput & { verifiedAt: Date | null; updatedAt: Date };

const PROFILE_SELECT = {
  kind: true,
  fullName: true,
  organization: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  postalCode: true,
  phone: true,
  barAdmissions: true,
  recognitionNumber: true,
  accreditationExpiresOn: true,
  verifiedAt: true,
  updatedAt: true,
} as const;

type ProfileRow = {
  kind: RepresentativeKind;
  fullName: string;
  organization: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  barAdmissions: unknown;
  recognitionNumber: string | null;
  accreditationExpiresOn: Date | null;
  verifiedAt: Date | null;
  updatedAt: Date;
};

/** The stored JSON as bar admissions; anything malformed is left out rather than shown. */
function barAdmissionsOf(json: unknown): BarAdmission[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const { jurisdiction, barNumber } = entry as Record<string, unknown>;
    return typeof jurisdiction === "string" && typeof barNumber === "string"
      ? [{ jurisdiction, barNumber, goodStanding: true as const }]
      : [];
  });
}

export function profileView(row: ProfileRow): RepresentativeProfileView {
  return {
    ...row,
    barAdmissions: barAdmissionsOf(row.barAdmissions),
    accreditationExpiresOn: row.accreditationExpiresOn ? row.accreditationExpiresOn.toISOString().slice(0, 10) : null,
  };
}

export const PROFILE_VIEW_SELECT = PROFILE_SELECT;

/** The representative's profile, or null when they have not filled it in yet. */
export async function representativeProfileOf(actor: Pick<Actor, "id">): Promise<RepresentativeProfileView | null> {
  const row = await db().representativeProfile.findUnique({ where: { userId: actor.id }, select: PROFILE_SELECT });
  return row ? profileView(row) : null;
}

export async function hasRepresentativeProfile(actor: Pick<Actor, "id">): Promise<boolean> {
  return (await db().representativeProfile.count({ where: { userId: actor.id } })) > 0;
}

/** What an officer checks: a change to any of it needs a new look. */
function verifiedPart(
  profile: Pick<
    RepresentativeProfileInput,
    "kind" | "fullName" | "organization" | "barAdmissions" | "recognitionNumber" | "accreditationExpiresOn"
  >,
) {
  return JSON.stringify([
    profile.kind,
    profile.fullName,
    profile.organization,
    profile.barAdmissions.map((b) => [b.jurisdiction, b.barNumber]),
    profile.recognitionNumber,
    profile.accreditationExpiresOn,
  ]);
}

export type SavedProfile = { created: boolean; verificationCleared: boolean };

/** Saves the representative's profile (the form's parsed input); only a representative has one. */
export async function saveRepresentativeProfile(
  actor: Pick<Actor, "id" | "role">,
  input: RepresentativeProfileInput,
  info: Pick<RequestInfo, "ip" | "userAgent">,
): Promise<ActionResult<SavedProfile>> {
  if (actor.role !== "REPRESENTATIVE") return fail("not_allowed", msg("representative.errors.profileNotAllowed"));
  const data = {
    kind: input.kind,
    fullName: input.fullName,
    organization: input.organization,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    city: input.city,
    state: input.state,
    postalCode: input.postalCode,
    phone: input.phone,
    barAdmissions: input.barAdmissions,
    recognitionNumber: input.recognitionNumber,
    accreditationExpiresOn: input.accreditationExpiresOn ? new Date(`${input.accreditationExpiresOn}T00:00:00Z`) : null,
  };
  return db().$transaction(async (tx) => {
    const before = await tx.representativeProfile.findUnique({ where: { userId: actor.id }, select: PROFILE_SELECT });
    const verificationCleared = !!before?.verifiedAt && verifiedPart(profileView(before)) !== verifiedPart(input);
    if (before) {
      await tx.representativeProfile.update({
        where: { userId: actor.id },
        data: { ...data, ...(verificationCleared ? { verifiedAt: null, verifiedById: null } : {}) },
      });
    } else {
      // An upsert: a second tab saving the first profile at the same moment updates it instead of failing.
      await tx.representativeProfile.upsert({ where: { userId: actor.id }, create: { ...data, userId: actor.id }, update: data });
    }
    await recordSecurityEvent(tx, actor.id, "representative_profile.saved", info, { verificationCleared });
    return { ok: true as const, created: !before, verificationCleared };
  });
}
