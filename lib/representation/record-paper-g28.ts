import "server-only";
import type { Actor } from "../auth/roles";
import { recordOfficerAction } from "../audit/record-officer-action";
import { db } from "../db";
import { env } from "../env";
import type { RequestInfo } from "../http/request-info";
import { isId } from "../ids";
import { enqueueEmail } from "../notify/enqueue";
import { fail, invalid, type ActionResult } from "../result";
import { REPRESENTATION_STARTED_TITLE, REPRESENTATION_TEXTS } from "./representation-texts";

// An officer records a paper G-28 on a case from the console, naming the representative by their
// account's email or 12-digit account number. One transaction writes the Representation (source
// PAPER), the case history's entry, the emails to the representative and the case's applicant (if
// the case is in someone's account) and the audit row. The representative reaches the case from
// the commit on (case-access.ts).

export type RecordPaperG28Input = {
  caseId: string;
  /** What the officer typed: an email address or a 12-digit account number. */
  representativeQuery: string;
  officer: Pick<Actor, "id" | "role">;
  request?: RequestInfo;
  now?: Date;
};

export type RecordedG28 = { representationId: string; representativeId: string };

/** The field the console's form names; its errors go there. */
export const REPRESENTATIVE_FIELD = "representative";

type Lookup = { accountNumber: string } | { email: string };

/** An email (lower-cased) or an account number (spaces and dashes ignored), or null. */
export function representativeLookup(query: string): Lookup | null {
  const trimmed = query.trim();
  const digits = trimmed.replace(/[\s-]/g, "");
  if (/^\d{12}$/.test(digits)) return { accountNumber: digits };
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) && trimmed.length <= 254) return { email: trimmed.toLowerCase() };
  return null;
}

export async function recordPaperG28(input: RecordPaperG28Input): Promise<ActionResult<RecordedG28>> {
  if (input.officer.role !== "OFFICER" || !isId(input.caseId)) return fail("not_found", REPRESENTATION_TEXTS.caseNotFound);
  const query = input.representativeQuery.trim();
  const values = { [REPRESENTATIVE_FIELD]: query.slice(0, 300) };
  if (!query) return invalid({ [REPRESENTATIVE_FIELD]: REPRESENTATION_TEXTS.representativeRequired }, values);
  const lookup = representativeLookup(query);
  if (!lookup) return invalid({ [REPRESENTATIVE_FIELD]: REPRESENTATION_TEXTS.representativeFormat }, values);
  const refuse = (message: string) => fail("no_match", message, { fieldErrors: { [REPRESENTATIVE_FIELD]: message }, values });
  const caseId = input.caseId.toLowerCase();
  try {
    return await db().$transaction(async (tx) => {
      const found = await tx.case.findUnique({
        where: { id: caseId },
        select: { id: true, receiptNumber: true, ownerId: true, owner: { select: { email: true } } },
      });
      if (!found) return fail("not_found", REPRESENTATION_TEXTS.caseNotFound);
      const representative = await tx.user.findUnique({
        where: "email" in lookup ? { email: lookup.email } : { accountNumber: lookup.accountNumber },
        select: { id: true, email: true, role: true, registrationStep: true },
      });
      if (!representative) return refuse(REPRESENTATION_TEXTS.noSuchRepresentative);
      if (representative.role !== "REPRESENTATIVE") return refuse(REPRESENTATION_TEXTS.notARepresentative);
      if (representative.registrationStep !== "COMPLETE") return refuse(REPRESENTATION_TEXTS.notFinished);
      const current = await tx.representation.findFirst({
        where: { caseId: found.id, representativeId: representative.id, endedAt: null },
        select: { id: true },
      });
      if (current) return fail("already_represented", REPRESENTATION_TEXTS.alreadyRepresented, { values });
      const now = input.now ?? new Date();
      const created = await tx.representation.create({
        data: {
          caseId: found.id,
          representativeId: representative.id,
          clientId: found.ownerId,
          source: "PAPER",
          recordedById: input.officer.id,
          startedAt: now,
        },
        select: { id: true },
      });
      await tx.caseEvent.create({
        data: { caseId: found.id, kind: "REPRESENTATION_STARTED", status: REPRESENTATION_STARTED_TITLE, at: now },
      });
      const url = (path: string) => new URL(path, env().APP_URL).toString();
      await enqueueEmail(tx, representative.email, "representation-started-representative", { url: url("/representative") });
      if (found.owner)
        await enqueueEmail(tx, found.owner.email, "representation-started-client", { url: url("/dashboard") }, { caseId: found.id });
      await recordOfficerAction(tx, input.officer, "representation.recorded", found.id, {
        representationId: created.id,
        representativeId: representative.id,
        requestId: input.request?.requestId ?? null,
      });
      return { ok: true, representationId: created.id, representativeId: representative.id };
    });
  } catch (error) {
    // Two officers recording the same G-28 at once: the partial unique index keeps one.
    if ((error as { code?: string }).code === "P2002")
      return fail("already_represented", REPRESENTATION_TEXTS.alreadyRepresented, { values });
    throw error;
  }
}
