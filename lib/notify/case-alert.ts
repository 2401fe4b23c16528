import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { enqueueEmail, enqueueSms } from "./enqueue";
import type { EmailTemplate, emailTemplates, SmsTemplate, smsTemplates } from "./templates";

// Case alerts: when the agency changes a case (status, notice, request for evidence) or replies to a
// message, the case's owner hears about it the ways they chose in settings, and each current
// representative on the case (a G-28) gets a courtesy copy by email. Written in the same
// transaction as the change, through the outbox, so an SMTP or Twilio outage only delays them.

export type CaseAlertKind = "case-update" | "new-message";

/** The verified mobile number text alerts go to, or null when the person has none. */
export async function alertPhoneOf(tx: Tx, userId: string): Promise<string | null> {
  const method = await tx.mfaMethod.findFirst({
    where: { userId, kind: "SMS", verifiedAt: { not: null }, phone: { not: null } },
    orderBy: { verifiedAt: "desc" },
    select: { phone: true },
  });
  return method?.phone ?? null;
}

type Person = { id: string; email: string; alertByEmail: boolean; alertBySms: boolean; registrationStep: string; timeZone: string | null };
const PERSON = { id: true, email: true, alertByEmail: true, alertBySms: true, registrationStep: true, timeZone: true } as const;

/** Who hears about a case: its owner and the representatives with a current G-28 on it, each with where they sign in to see it. */
export async function caseAlertRecipients(tx: Tx, caseId: string): Promise<{ person: Person; home: string }[]> {
  const row = await tx.case.findUnique({
    where: { id: caseId },
    select: {
      owner: { select: PERSON },
      representations: { where: { endedAt: null }, select: { representative: { select: PERSON } } },
    },
  });
  if (!row) return [];
  const people = [
    ...(row.owner ? [{ person: row.owner, home: "/dashboard" }] : []),
    ...row.representations.map((r) => ({ person: r.representative, home: "/representative" })),
  ];
  const seen = new Set<string>();
  return people.filter(({ person }) => person.registrationStep === "COMPLETE" && !seen.has(person.id) && seen.add(person.id));
}

/** Queues an alert to one person the ways they chose (email, text to their verified mobile). Returns how many were queued. */
export async function alertPerson<T extends SmsTemplate & EmailTemplate>(
  tx: Tx,
  person: Person,
  template: T,
  data: Parameters<(typeof emailTemplates)[T]>[0] & Parameters<(typeof smsTemplates)[T]>[0],
  caseId: string,
): Promise<number> {
  let queued = 0;
  if (person.alertByEmail) {
    await enqueueEmail(tx, person.email, template, data, { caseId, userId: person.id });
    queued++;
  }
  if (person.alertBySms) {
    const phone = await alertPhoneOf(tx, person.id);
    if (phone) {
      await enqueueSms(tx, phone, template, data, { caseId, userId: person.id });
      queued++;
    }
  }
  return queued;
}

/**
 * Queues the alerts for a case's owner (an unlinked case has no owner yet) and, for a case update,
 * the courtesy copies to its current representatives. Returns how many of the owner's were queued.
 */
export async function alertCaseOwner(tx: Tx, caseId: string, kind: CaseAlertKind): Promise<number> {
  if (kind === "case-update") await copyRepresentatives(tx, caseId);
  return alertOwner(tx, caseId, kind);
}

/** A courtesy copy of a case update to each representative a current G-28 names; returns how many. */
export async function copyRepresentatives(tx: Tx, caseId: string): Promise<number> {
  const rows = await tx.representation.findMany({
    where: { caseId, endedAt: null },
    select: { representative: { select: { email: true } } },
  });
  // Like every alert, nothing of the case in the email, not even in the link: My clients marks what is new.
  const url = new URL("/representative", env().APP_URL).toString();
  for (const row of rows) await enqueueEmail(tx, row.representative.email, "representative-courtesy-copy", { url }, { caseId });
  return rows.length;
}

/**
 * An officer replied in a thread: the alert goes to whoever opened it. The case's owner hears as
 * usual; a representative gets an email while their G-28 is current; anyone else (a former
 * representative, a former owner) nothing. Returns how many were queued.
 */
export async function alertThreadReply(tx: Tx, thread: { id: string; caseId: string; applicantId: string }): Promise<number> {
  const row = await tx.case.findUnique({
    where: { id: thread.caseId },
    select: {
      ownerId: true,
      representations: {
        where: { representativeId: thread.applicantId, endedAt: null },
        select: { representative: { select: { email: true } } },
      },
    },
  });
  if (!row) return 0;
  if (row.ownerId === thread.applicantId) return alertOwner(tx, thread.caseId, "new-message");
  const representative = row.representations[0]?.representative;
  if (!representative) return 0;
  const url = new URL(`/representative/messages/${thread.id}`, env().APP_URL).toString();
  await enqueueEmail(tx, representative.email, "representative-new-message", { url }, { caseId: thread.caseId });
  return 1;
}

async function alertOwner(tx: Tx, caseId: string, kind: CaseAlertKind): Promise<number> {
  const row = await tx.case.findUnique({
    where: { id: caseId },
    select: { owner: { select: { id: true, email: true, alertByEmail: true, alertBySms: true, registrationStep: true } } },
  });
  const owner = row?.owner;
  if (!owner || owner.registrationStep !== "COMPLETE") return 0;
  // The link names no case: the person signs in and sees it there.
  const url = new URL(kind === "new-message" ? "/messages" : "/dashboard", env().APP_URL).toString();
  let queued = 0;
  if (owner.alertByEmail) {
    await enqueueEmail(tx, owner.email, kind, { url }, { caseId, userId: owner.id });
    queued++;
  }
  if (owner.alertBySms) {
    const phone = await alertPhoneOf(tx, owner.id);
    if (phone) {
      await enqueueSms(tx, phone, kind, { url }, { caseId, userId: owner.id });
      queued++;
    }
  }
  return queued;
}
