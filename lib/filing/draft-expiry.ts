import "server-only";
import { db } from "../db";
import { env } from "../env";
import { logger } from "../logger";
import { enqueueEmail } from "../notify/enqueue";
import { removeStoredFile } from "../storage/remove-stored-file";
import { deleteUnpaidFiling } from "./drafts";

// Drafts nobody works on do not stay forever: a draft unused for 30 days is deleted, with the files
// uploaded for it, after an email warning 7 days before. A draft is deleted only once its warning
// has had 7 days (a server that was down does not delete without warning), never while a payment
// is open or paid on it, and never if it was saved again meanwhile (every step re-checks in the same
// statement that acts). Run hourly by the job queue (lib/jobs/schedule.ts); safe on several servers.

const DAY_MS = 86_400_000;
export const DRAFT_LIFETIME_DAYS = 30;
export const WARNING_DAYS_BEFORE = 7;
const BATCH = 100;

const idleSince = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Drafts that may expire: not submitted, no payment open or paid (startPayment records one only with the draft locked). */
const EXPIRABLE = { status: "DRAFT" as const, payments: { none: { status: { in: ["OPEN" as const, "PAID" as const] } } } };

/** Not warned since it was last saved (a warning before a later save does not count). */
function notWarnedSinceSaved() {
  return { OR: [{ expiryWarnedAt: null }, { expiryWarnedAt: { lt: db().filing.fields.lastSavedAt } }] };
}

/** The day a warned draft goes: 30 days after its last save, and at least 7 days after the warning. */
export function deletionDate(lastSavedAt: Date, warnedAt: Date): Date {
  return new Date(Math.max(lastSavedAt.getTime() + DRAFT_LIFETIME_DAYS * DAY_MS, warnedAt.getTime() + WARNING_DAYS_BEFORE * DAY_MS));
}

/** Emails the owner of each draft unused for 23 days, once per idle spell. Returns how many were warned. */
export async function warnExpiringDrafts(now = new Date()): Promise<number> {
  const where = { ...EXPIRABLE, lastSavedAt: { lte: idleSince(now, DRAFT_LIFETIME_DAYS - WARNING_DAYS_BEFORE) }, ...notWarnedSinceSaved() };
  const due = await db().filing.findMany({ where, orderBy: { lastSavedAt: "asc" }, take: BATCH, select: { id: true } });
  let warned = 0;
  for (const { id } of due) {
    const sent = await db().$transaction(async (tx) => {
      // The claim re-checks everything, so a save or another server's warning meanwhile wins.
      const claimed = await tx.filing.updateMany({ where: { id, ...where }, data: { expiryWarnedAt: now } });
      if (claimed.count !== 1) return false;
      const draft = await tx.filing.findUniqueOrThrow({
        where: { id },
        select: { formType: true, lastSavedAt: true, owner: { select: { email: true } } },
      });
      await enqueueEmail(tx, draft.owner.email, "draft-expiring", {
        formType: draft.formType,
        deleteOn: deletionDate(draft.lastSavedAt, now).toISOString(),
        url: new URL("/dashboard", env().APP_URL).toString(),
      });
      return true;
    });
    if (sent) warned++;
  }
  return warned;
}

/** Deletes drafts unused for 30 days whose warning went out at least 7 days ago, and their files. Returns how many. */
export async function deleteExpiredDrafts(now = new Date()): Promise<number> {
  const where = {
    ...EXPIRABLE,
    lastSavedAt: { lte: idleSince(now, DRAFT_LIFETIME_DAYS) },
    expiryWarnedAt: { lte: idleSince(now, WARNING_DAYS_BEFORE), gte: db().filing.fields.lastSavedAt },
  };
  const due = await db().filing.findMany({ where, orderBy: { lastSavedAt: "asc" }, take: BATCH, select: { id: true } });
  let deleted = 0;
  for (const { id } of due) {
    const storageKeys = await db().$transaction(async (tx) => {
      // Locked first, so a file uploaded meanwhile is either listed here or waits and finds no draft.
      await tx.$queryRaw`SELECT id FROM "Filing" WHERE id = ${id}::uuid FOR UPDATE`;
      if ((await tx.filing.count({ where: { id, ...where } })) !== 1) return null;
      const files = await tx.filingDocument.findMany({ where: { filingId: id }, select: { storageKey: true } });
      await deleteUnpaidFiling(tx, id);
      return files.map((file) => file.storageKey);
    });
    if (!storageKeys) continue;
    deleted++;
    for (const key of storageKeys) await removeStoredFile(key);
  }
  return deleted;
}

/** One pass: warnings first, then deletions. */
export async function expireDrafts(now = new Date()): Promise<{ warned: number; deleted: number }> {
  const warned = await warnExpiringDrafts(now);
  const deleted = await deleteExpiredDrafts(now);
  if (warned || deleted) logger.info({ warned, deleted }, "draft expiry pass");
  return { warned, deleted };
}
