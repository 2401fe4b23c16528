import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, outboxFor, useUploadDir } from "@/tests/support/factories";
import { ar11Answers, draftFiling, payment } from "@/tests/support/filing-factories";
import { deleteExpiredDrafts, expireDrafts, warnExpiringDrafts } from "./draft-expiry";

const NOW = new Date("2026-12-02T12:00:00Z");
const DAY = 86_400_000;
const ago = (days: number, from = NOW) => new Date(from.getTime() - days * DAY);

let uploads: ReturnType<typeof useUploadDir>;
beforeEach(() => {
  uploads = useUploadDir();
});
afterEach(() => uploads.cleanup());

async function draft(lastSavedAt: Date, options: { warnedAt?: Date; documents?: string[] } = {}) {
  const user = await createUser("COMPLETE");
  const filing = await draftFiling(user.id, "AR-11", ar11Answers(), {
    lastSavedAt,
    expiryWarnedAt: options.warnedAt ?? null,
    documents: options.documents,
  });
  return { user, id: filing.id };
}

const exists = async (id: string) => (await db().filing.count({ where: { id } })) === 1;
const warnings = async (email: string) => (await outboxFor(email)).filter((m) => m.template === "draft-expiring");

describe("unused drafts", () => {
  it("are warned by email once, 7 days before the 30th day unused; fresh, submitted and paid drafts are left alone", async () => {
    const fresh = await draft(ago(22));
    const due = await draft(new Date(ago(23).getTime() - 60_000));
    const longForgotten = await draft(ago(40));
    const paid = await draft(ago(25));
    await payment(paid.id, 0, "PAID");
    const submitted = await draft(ago(60));
    await db().filing.update({ where: { id: submitted.id }, data: { status: "SUBMITTED", submittedAt: ago(60) } });

    expect(await warnExpiringDrafts(NOW)).toBe(2);

    expect(await warnings(fresh.user.email)).toHaveLength(0);
    expect(await warnings(paid.user.email)).toHaveLength(0);
    expect(await warnings(submitted.user.email)).toHaveLength(0);
    const [dueWarning] = await warnings(due.user.email);
    expect(dueWarning.body).toContain("Form AR-11");
    expect(dueWarning.body).toContain("will be deleted on December 9, 2026");
    // Past its 30 days already (the worker was down): still a full 7 days' warning.
    expect((await warnings(longForgotten.user.email))[0].body).toContain("will be deleted on December 9, 2026");
    expect((await db().filing.findUniqueOrThrow({ where: { id: due.id } })).expiryWarnedAt).toEqual(NOW);

    // Once: the next pass (an hour later) sends nothing more.
    expect(await warnExpiringDrafts(new Date(NOW.getTime() + 3_600_000))).toBe(0);
    expect(await warnings(due.user.email)).toHaveLength(1);
  });

  it("give the day of deletion in the reader's language, on their own clock", async () => {
    // 03:00 UTC on December 9 is the evening of December 8 in New York.
    const at = new Date("2026-12-02T03:00:00Z");
    const { user } = await draft(new Date(ago(23, at).getTime() - 60_000));
    await db().user.update({ where: { id: user.id }, data: { locale: "es", timeZone: "America/New_York" } });
    expect(await warnExpiringDrafts(at)).toBe(1);
    const [warning] = await warnings(user.email);
    expect(warning.body).toContain("se eliminará el 8 de diciembre de 2026,");
  });

  it("a draft saved again after its warning is warned again only after another 23 unused days", async () => {
    const { user, id } = await draft(ago(24), { warnedAt: ago(1) });
    await db().filing.update({ where: { id }, data: { lastSavedAt: NOW } });
    expect(await warnExpiringDrafts(NOW)).toBe(0);
    expect(await warnExpiringDrafts(new Date(NOW.getTime() + 23 * DAY))).toBe(1);
    expect(await warnings(user.email)).toHaveLength(1);
  });

  it("are deleted with their stored files 30 days after the last save, and only a week or more after the warning", async () => {
    const expired = await draft(ago(31), { warnedAt: ago(8), documents: ["photo", "evidence"] });
    const warnedLate = await draft(ago(35), { warnedAt: ago(2) });
    const notWarned = await draft(ago(31));
    const resumed = await draft(ago(31), { warnedAt: ago(8) });
    await db().filing.update({ where: { id: resumed.id }, data: { lastSavedAt: ago(1) } });
    const paid = await draft(ago(31), { warnedAt: ago(8) });
    await payment(paid.id, 0, "PAID");
    const other = await draft(ago(1), { documents: ["photo"] });
    expect(uploads.list()).toHaveLength(3);

    expect(await deleteExpiredDrafts(NOW)).toBe(1);

    expect(await exists(expired.id)).toBe(false);
    expect(await db().filingDocument.count({ where: { filingId: expired.id } })).toBe(0);
    expect(uploads.list()).toHaveLength(1);
    for (const kept of [warnedLate, notWarned, resumed, paid, other]) expect(await exists(kept.id)).toBe(true);

    // A full pass a week later: the late-warned one goes; the unwarned one is warned first.
    const later = new Date(NOW.getTime() + 6 * DAY);
    expect(await expireDrafts(later)).toEqual({ warned: 1, deleted: 1 });
    expect(await exists(warnedLate.id)).toBe(false);
    expect(await exists(notWarned.id)).toBe(true);
    expect(await deleteExpiredDrafts(new Date(later.getTime() + 7 * DAY))).toBe(1);
    expect(await exists(notWarned.id)).toBe(false);
    expect(await exists(other.id)).toBe(true);
    expect(uploads.list()).toHaveLength(1);
  });

  it("a draft with a payment page still open is neither warned nor deleted; one whose attempts all failed goes with them", async () => {
    const paying = await draft(ago(31), { warnedAt: ago(8) });
    await payment(paying.id, 47_000, "OPEN");
    const payingUnwarned = await draft(ago(24));
    await payment(payingUnwarned.id, 47_000, "OPEN");
    const failedOnce = await draft(ago(31), { warnedAt: ago(8) });
    await payment(failedOnce.id, 47_000, "FAILED");

    expect(await expireDrafts(NOW)).toEqual({ warned: 0, deleted: 1 });

    expect(await exists(paying.id)).toBe(true);
    expect(await exists(payingUnwarned.id)).toBe(true);
    expect(await warnings(payingUnwarned.user.email)).toHaveLength(0);
    expect(await exists(failedOnce.id)).toBe(false);
    expect(await db().payment.count({ where: { filingId: failedOnce.id } })).toBe(0);
    expect(await db().payment.count({ where: { status: "OPEN" } })).toBe(2);
  });
});
