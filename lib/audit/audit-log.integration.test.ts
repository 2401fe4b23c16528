import { describe, expect, it } from "vitest";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import { applicantWithCase, officer } from "@/tests/support/factories";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import { agencyCommandActor, officerActor } from "./audit-actor";
import { readAuditFilter, type AuditQuery } from "./audit-filter";
import { AUDIT_PAGE_SIZE, auditLogPage } from "./audit-log";

const english = readerFor("en", "UTC");

/** What the audit page does with its address: read the filters, then ask for the page; its texts read in English. */
async function view(session: Parameters<typeof auditLogPage>[0], query: AuditQuery, page = 1) {
  const filter = readAuditFilter(query);
  const log = filter.ok ? await auditLogPage(session, filter.filter, page) : filter;
  if (!log.ok) return localizeResult(log, english);
  return {
    ...log,
    entries: log.entries.map((entry) => ({ ...entry, actor: english.text(entry.actor), action: english.text(entry.action) })),
  };
}

async function arranged() {
  const ana = await officer();
  const ben = await officer();
  const first = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz", by: officerActor(ana.user) });
  const second = await createPaperCase({ formType: "I-765", applicantName: "Li Wei", by: agencyCommandActor("clerk") });
  // Spread the rows over days so the date filters have something to cut.
  await db().auditLog.updateMany({ where: { caseId: first.id }, data: { at: new Date("2026-03-01T10:00:00Z") } });
  await db().auditLog.updateMany({ where: { caseId: second.id }, data: { at: new Date("2026-03-03T23:30:00Z") } });
  await db().auditLog.create({
    data: { actorKind: "OFFICER", actorId: ben.user.id, action: "case.viewed", caseId: first.id, at: new Date("2026-03-05T08:00:00Z") },
  });
  await db().auditLog.create({
    data: { actorKind: "OFFICER", actorId: ben.user.id, action: "case.searched", caseId: null, at: new Date("2026-03-06T08:00:00Z") },
  });
  return { ana, ben, first, second };
}

describe("audit log for officers", () => {
  it("lists every row newest first, naming officers by email and the agency command by its user", async () => {
    const { ana, ben, first, second } = await arranged();
    const log = await view(ben.session, {});
    if (!log.ok) throw new Error(log.message);
    expect(log).toMatchObject({ page: 1, pageCount: 1, total: 4 });
    expect(log.entries.map((e) => [e.actor, e.action, e.receiptNumber])).toEqual([
      [ben.user.email, "Searched for a case", null],
      [ben.user.email, "Opened a case", first.receiptNumber],
      ["Agency command (user clerk)", "Took in a paper-filed case", second.receiptNumber],
      [ana.user.email, "Took in a paper-filed case", first.receiptNumber],
    ]);
    expect(log.entries[3].detail.split(", ").sort()).toEqual(["formType: I-130", `receiptNumber: ${first.receiptNumber}`]);
  });

  it("filters by officer email, the agency command, case, action and days (UTC, both ends included)", async () => {
    const { ana, ben, first, second } = await arranged();
    const actions = async (query: AuditQuery) => {
      const log = await view(ana.session, query);
      if (!log.ok) throw new Error(log.message);
      return log.entries.map((e) => `${e.action} ${e.receiptNumber ?? "-"}`);
    };
    expect(await actions({ actor: ben.user.email.toUpperCase() })).toEqual([
      "Searched for a case -",
      `Opened a case ${first.receiptNumber}`,
    ]);
    expect(await actions({ actor: " Agency Command " })).toEqual([`Took in a paper-filed case ${second.receiptNumber}`]);
    expect(await actions({ receipt: `${first.receiptNumber.slice(0, 3)}-${first.receiptNumber.slice(3)}` })).toEqual([
      `Opened a case ${first.receiptNumber}`,
      `Took in a paper-filed case ${first.receiptNumber}`,
    ]);
    expect(await actions({ action: "case.intake" })).toHaveLength(2);
    expect(await actions({ action: "case.intake", actor: "agency command" })).toEqual([
      `Took in a paper-filed case ${second.receiptNumber}`,
    ]);
    expect(await actions({ from: "2026-03-03", to: "2026-03-05" })).toEqual([
      `Opened a case ${first.receiptNumber}`,
      `Took in a paper-filed case ${second.receiptNumber}`,
    ]);
    expect(await actions({ to: "2026-03-01" })).toEqual([`Took in a paper-filed case ${first.receiptNumber}`]);
    expect(await actions({ from: "2026-03-07" })).toEqual([]);
    expect(await actions({ actor: "", receipt: "", action: "", from: "", to: "" })).toHaveLength(4);
  });

  it("pages 50 at a time, newest first, and keeps a page past the end on the last page", async () => {
    const { ben } = await arranged();
    await db().auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 6 }, (_, i) => ({
        actorKind: "AGENCY_COMMAND" as const,
        actorLabel: "clerk",
        action: "case.status_added",
        at: new Date(Date.now() - i * 1000),
      })),
    });
    const first = await view(ben.session, {}, 1);
    const last = await view(ben.session, {}, 99);
    if (!first.ok || !last.ok) throw new Error("refused");
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: AUDIT_PAGE_SIZE + 10 });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(last).toMatchObject({ page: 2 });
    expect(last.entries).toHaveLength(10);
    const times = [...first.entries, ...last.entries].map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const filtered = await view(ben.session, { actor: "agency command" }, 2);
    if (!filtered.ok) throw new Error(filtered.message);
    expect(filtered).toMatchObject({ page: 2, pageCount: 2, total: AUDIT_PAGE_SIZE + 7 });
  });

  it("refuses filters it cannot read, each with a message for its field, and lists nothing", async () => {
    const { ben } = await arranged();
    const refusals: [AuditQuery, string, RegExp][] = [
      [{ actor: "ben" }, "actor", /officer's email address.*"agency command"/],
      [{ actor: "nobody@agency.example" }, "actor", /^No officer has the email address nobody@agency\.example\.$/],
      [{ receipt: "EAC12" }, "receipt", /13 characters/],
      [{ receipt: "EAC0000000000" }, "receipt", /^No case has the receipt number EAC0000000000\.$/],
      [{ action: "case.deleted" }, "action", /^Choose an action from the list\.$/],
      [{ action: "toString" }, "action", /^Choose an action from the list\.$/],
      [{ from: "2026-02-30" }, "from", /real date/],
      [{ to: "yesterday" }, "to", /real date/],
      [{ from: "2026-03-05", to: "2026-03-01" }, "to", /same as or after the first day/],
      [{ actor: "x".repeat(400) }, "actor", /too long/],
    ];
    for (const [query, field, message] of refusals) {
      const log = await view(ben.session, query);
      expect(log.ok, JSON.stringify(query)).toBe(false);
      if (log.ok) continue;
      expect(log.code).toBe("invalid_input");
      expect(log.message).toMatch(/problem with the filters/);
      expect(Object.keys(log.fieldErrors ?? {}), JSON.stringify(query)).toEqual([field]);
      expect(log.fieldErrors?.[field], JSON.stringify(query)).toMatch(message);
    }
  });

  it("an applicant's email is no officer, and an applicant gets nothing", async () => {
    const { ben } = await arranged();
    const applicant = await applicantWithCase();
    const asFilter = await view(ben.session, { actor: applicant.user.email });
    expect(asFilter).toMatchObject({ ok: false, fieldErrors: { actor: `No officer has the email address ${applicant.user.email}.` } });
    expect(await view(applicant.session, {})).toMatchObject({ ok: false, code: "not_found" });
  });
});
