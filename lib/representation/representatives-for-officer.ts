import "server-only";
import { z } from "zod";
import { parseAccountNumber } from "../account/account-number";
import { zField } from "../actions/form-input";
import { NOT_FOUND_MESSAGE, officerOf } from "../agency/console/officer-only";
import { recordOfficerAction } from "../audit/record-officer-action";
import { recordSecurityEvent } from "../audit/record-security-event";
import { db } from "../db";
import { msg } from "../i18n/message-ref";
import type { Prisma } from "../generated/prisma/client";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { PROFILE_VIEW_SELECT, profileView, type RepresentativeProfileView } from "./profile";

// The console's list of representatives: find one by email, name or account number, read their
// profile, and mark it verified. Every look and every verification is audited, like other officer
// actions; a representative's own account history says when they were verified.

const MAX_LISTED = 50;
export const SEARCH_MAX_LENGTH = 200;

export type ListedRepresentative = {
  accountNumber: string;
  email: string;
  fullName: string | null;
  organization: string | null;
  verified: boolean;
};

export type RepresentativeSearch =
  { ok: true; query: string; representatives: ListedRepresentative[]; more: boolean } | { ok: false; message: string; query: string };

function searchWhere(query: string): Prisma.UserWhereInput {
  const base: Prisma.UserWhereInput = { role: "REPRESENTATIVE" };
  if (!query) return base;
  const accountNumber = parseAccountNumber(query);
  if (accountNumber) return { ...base, accountNumber };
  return {
    ...base,
    OR: [
      { email: { contains: query, mode: "insensitive" } },
      { representativeProfile: { fullName: { contains: query, mode: "insensitive" } } },
      { representativeProfile: { organization: { contains: query, mode: "insensitive" } } },
    ],
  };
}

/** Representatives matching what the officer typed (everyone, newest first, when nothing was). */
export async function findRepresentatives(session: CurrentSession, rawQuery: string | undefined): Promise<RepresentativeSearch> {
  const officer = officerOf(session);
  // Control characters (a NUL from a hand-made address, a tab pasted in) are spaces here: PostgreSQL
  // refuses a NUL in text, and none of them can be part of an email, a name or an account number.
  const query = (rawQuery ?? "")
    .replace(/\p{Cc}/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
  if (!officer) return { ok: false, message: NOT_FOUND_MESSAGE, query };
  if (query.length > SEARCH_MAX_LENGTH) return { ok: false, message: msg("agency.reps.queryTooLong", { max: SEARCH_MAX_LENGTH }), query };
  const rows = await db().user.findMany({
    where: searchWhere(query),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: MAX_LISTED + 1,
    select: {
      accountNumber: true,
      email: true,
      representativeProfile: { select: { fullName: true, organization: true, verifiedAt: true } },
    },
  });
  const representatives = rows.slice(0, MAX_LISTED).map((row) => ({
    accountNumber: row.accountNumber,
    email: row.email,
    fullName: row.representativeProfile?.fullName ?? null,
    organization: row.representativeProfile?.organization ?? null,
    verified: !!row.representativeProfile?.verifiedAt,
  }));
  return { ok: true, query, representatives, more: rows.length > MAX_LISTED };
}

export type RepresentativeRecord = {
  accountNumber: string;
  email: string;
  signUpComplete: boolean;
  profile: RepresentativeProfileView | null;
  verifiedBy: string | null;
};

/** One representative as the console shows them, by account number; null (a 404) for anyone else. Audited. */
export async function representativeForOfficer(session: CurrentSession, accountNumber: string): Promise<RepresentativeRecord | null> {
  const officer = officerOf(session);
  const number = parseAccountNumber(accountNumber);
  if (!officer || !number) return null;
  return db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { accountNumber: number, role: "REPRESENTATIVE" },
      select: {
        id: true,
        accountNumber: true,
        email: true,
        registrationStep: true,
        representativeProfile: { select: { ...PROFILE_VIEW_SELECT, verifiedBy: { select: { email: true } } } },
      },
    });
    if (!user) return null;
    await recordOfficerAction(tx, officer, "representative.viewed", null, { representative: user.email });
    const { verifiedBy, ...profile } = user.representativeProfile ?? { verifiedBy: null };
    return {
      accountNumber: user.accountNumber,
      email: user.email,
      signUpComplete: user.registrationStep === "COMPLETE",
      profile: user.representativeProfile ? profileView(profile as Parameters<typeof profileView>[0]) : null,
      verifiedBy: verifiedBy?.email ?? null,
    };
  });
}

export const zMarkVerified = z.object({ accountNumber: zField() });
export type MarkVerifiedInput = z.output<typeof zMarkVerified>;

export const VERIFY_MESSAGES = {
  noProfile: msg("agency.rep.nothingToVerify"),
  alreadyVerified: msg("agency.rep.alreadyVerified"),
} as const;

/** Marks the representative's current profile verified, in one transaction with its audit row. */
export async function markRepresentativeVerified(
  session: CurrentSession,
  input: MarkVerifiedInput,
): Promise<ActionResult<{ accountNumber: string }>> {
  const officer = officerOf(session);
  const number = parseAccountNumber(input.accountNumber);
  if (!officer || !number) return fail("not_found", NOT_FOUND_MESSAGE);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { accountNumber: number, role: "REPRESENTATIVE" },
      select: { id: true, email: true, representativeProfile: { select: { verifiedAt: true } } },
    });
    if (!user) return fail("not_found", NOT_FOUND_MESSAGE);
    if (!user.representativeProfile) return fail("not_ready", VERIFY_MESSAGES.noProfile);
    // Only a profile not verified yet: a second click (or a second officer) changes nothing.
    const marked = await tx.representativeProfile.updateMany({
      where: { userId: user.id, verifiedAt: null },
      data: { verifiedAt: new Date(), verifiedById: officer.id },
    });
    if (marked.count === 0) return fail("already_submitted", VERIFY_MESSAGES.alreadyVerified);
    await recordOfficerAction(tx, officer, "representative.verified", null, { representative: user.email });
    // In the representative's own history, without the officer's address or browser.
    await recordSecurityEvent(tx, user.id, "representative.verified", { ip: null, userAgent: null });
    return { ok: true as const, accountNumber: number };
  });
}
