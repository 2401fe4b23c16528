import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/support/factories";
import { addStatusEvent, createPaperCase, openEvidenceRequest } from "./agency-operations";
import { DASHBOARD_PAGE_SIZE, dashboardCases } from "./dashboard";

const DAY = 86_400_000;

/** Cases owned by the user (receipt numbers from the given office), each changed on a different day. */
async function ownedCases(ownerId: string, count: number, office = "LIN"): Promise<string[]> {
  const base = Date.now() - 365 * DAY;
  await db().$executeRaw`
    INSERT INTO "Case" (id, "receiptNumber", "formType", "applicantName", "ownerId", status, "statusChangedAt", "submittedAt", "updatedAt")
    SELECT gen_random_uuid(), ${office}::text || '26001' || lpad(n::text, 5, '0'), 'I-765', 'Li Wei', ${ownerId}::uuid, 'Case Was Received',
           to_timestamp(${base / 1000}::double precision) + make_interval(days => n), to_timestamp(${base / 1000}::double precision), now()
    FROM generate_series(1, ${count}::int) AS n`;
  const rows = await db().case.findMany({ where: { ownerId }, orderBy: { statusChangedAt: "desc" }, select: { receiptNumber: true } });
  return rows.map((r) => r.receiptNumber);
}

afterEach(() => vi.restoreAllMocks());

describe("dashboardCases", () => {
  it("is empty for a person with no cases", async () => {
    const user = await createUser("COMPLETE");
    expect(await dashboardCases(user, 1)).toEqual({ cases: [], page: 1, pageCount: 1, total: 0, forms: [] });
  });

  it("lists only the person's own cases, most recently changed first, with form, status and marks", async () => {
    const [user, other] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
    const older = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz", receivedAt: new Date(Date.now() - 10 * DAY) });
    const newer = await createPaperCase({ formType: "N-400", applicantName: "Ana Diaz", receivedAt: new Date(Date.now() - 5 * DAY) });
    const theirs = await createPaperCase({ formType: "I-90", applicantName: "Sam Roe" });
    await createPaperCase({ formType: "I-90", applicantName: "Nobody Yet" });
    await db().case.updateMany({ where: { id: { in: [older.id, newer.id] } }, data: { ownerId: user.id } });
    await db().case.update({ where: { id: theirs.id }, data: { ownerId: other.id } });
    await openEvidenceRequest(older.receiptNumber, { instructions: "Birth certificate", dueAt: new Date(Date.now() + 30 * DAY) });
    // The person opened the N-400 after its last change: not new.
    await db().case.update({ where: { id: newer.id }, data: { ownerViewedAt: new Date() } });

    const page = await dashboardCases(user, 1);
    expect(page.total).toBe(2);
    expect(page.cases).toEqual([
      {
        receiptNumber: older.receiptNumber,
        formType: "I-130",
        formName: "Petition for Alien Relative",
        applicantName: "Ana Diaz",
        status: "Request for Additional Evidence Was Sent",
        statusChangedAt: expect.any(Date),
        actionRequired: true,
        isNew: true,
      },
      expect.objectContaining({
        receiptNumber: newer.receiptNumber,
        formName: "Application for Naturalization",
        status: "Case Was Received",
        actionRequired: false,
        isNew: false,
      }),
    ]);
  });

  it("marks a case new again when its status changes after the last visit", async () => {
    const user = await createUser("COMPLETE");
    const paper = await createPaperCase({ formType: "I-765", applicantName: "Li Wei", receivedAt: new Date(Date.now() - DAY) });
    await db().case.update({ where: { id: paper.id }, data: { ownerId: user.id, ownerViewedAt: new Date() } });
    expect((await dashboardCases(user, 1)).cases[0].isNew).toBe(false);
    await addStatusEvent(paper.receiptNumber, "Case Is Being Actively Reviewed", { at: new Date(Date.now() + 1000) });
    expect((await dashboardCases(user, 1)).cases[0]).toMatchObject({ isNew: true, status: "Case Is Being Actively Reviewed" });
  });

  it("pages through many cases; a page past the end shows the last page", async () => {
    const user = await createUser("COMPLETE");
    const all = await ownedCases(user.id, 2 * DASHBOARD_PAGE_SIZE + 5);
    const first = await dashboardCases(user, 1);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 45 });
    expect(first.cases.map((c) => c.receiptNumber)).toEqual(all.slice(0, DASHBOARD_PAGE_SIZE));
    const third = await dashboardCases(user, 3);
    expect(third.cases.map((c) => c.receiptNumber)).toEqual(all.slice(2 * DASHBOARD_PAGE_SIZE));
    expect(await dashboardCases(user, 99)).toMatchObject({ page: 3, pageCount: 3, total: 45, cases: third.cases });
  });

  it("counts only the cases that match the view, and a filtered page past the end shows its last page", async () => {
    const user = await createUser("COMPLETE");
    await ownedCases(user.id, DASHBOARD_PAGE_SIZE + 3, "EAC");
    const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
    await db().case.update({ where: { id: paper.id }, data: { ownerId: user.id } });
    const i130 = { form: "I-130", needsAction: false, byPerson: false };
    expect(await dashboardCases(user, 1, i130)).toMatchObject({
      page: 1,
      pageCount: 1,
      total: 1,
      cases: [{ receiptNumber: paper.receiptNumber }],
    });
    expect(await dashboardCases(user, 4, i130)).toMatchObject({
      page: 1,
      pageCount: 1,
      total: 1,
      cases: [{ receiptNumber: paper.receiptNumber }],
    });
    expect(await dashboardCases(user, 2)).toMatchObject({ page: 2, pageCount: 2, total: DASHBOARD_PAGE_SIZE + 4 });
    const forms = [
      { formType: "I-130", formName: "Petition for Alien Relative" },
      { formType: "I-765", formName: "Application for Employment Authorization" },
    ];
    expect(await dashboardCases(user, 2, { form: "N-400", needsAction: false, byPerson: false })).toEqual({
      cases: [],
      page: 1,
      pageCount: 1,
      total: 0,
      forms,
    });
    // The filter always offers every form of the person's cases, whatever the view shows.
    expect((await dashboardCases(user, 1, i130)).forms).toEqual(forms);
    expect((await dashboardCases(user, 2)).forms).toEqual(forms);
  });

  it("reads a page of the dashboard, its total and the forms for the filter in one query, for 3 cases and for 60", async () => {
    const [few, many] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
    await ownedCases(few.id, 3, "SRC");
    await ownedCases(many.id, 60, "LIN");
    const query = vi.spyOn(pg.Client.prototype, "query");
    await dashboardCases(few, 1);
    const forFew = query.mock.calls.length;
    query.mockClear();
    await dashboardCases(many, 2);
    expect(query.mock.calls.length).toBe(forFew);
    expect(forFew).toBe(1);
  });
});
