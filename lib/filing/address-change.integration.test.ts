import { describe, expect, it } from "vitest";
import { addStatusEvent, createPaperCase } from "@/lib/cases/agency-operations";
import { caseForOwner } from "@/lib/cases/case-for-owner";
import { statusTitleIn } from "@/lib/cases/statuses";
import { db } from "@/lib/db";
import { readerFor } from "@/lib/i18n/translator";
import { createUser, outboxFor } from "@/tests/support/factories";
import { ar11Answers, draftFiling, filingCounts } from "@/tests/support/filing-factories";
import { ADDRESS_CHANGED_TITLE } from "./address-change";
import { submitFiling } from "./submit-filing";
import { listSubmittedFilings } from "./submitted-filings";

async function ownedCase(ownerId: string | null, status?: string) {
  const created = await createPaperCase({ formType: "I-485", applicantName: "Ana Diaz", receivedAt: new Date("2026-06-01T12:00:00Z") });
  if (ownerId)
    await db().case.update({
      where: { id: created.id },
      data: { ownerId, linkedAt: new Date(), mailingAddress: "1 Old Road\nSalem, MA 01970" },
    });
  if (status) await addStatusEvent(created.receiptNumber, status, { at: new Date("2026-07-01T12:00:00Z") });
  return db().case.findUniqueOrThrow({ where: { id: created.id }, include: { events: { orderBy: { at: "asc" } } } });
}

const NEW_LINES = "12 Harbor Street\nApt 4\nBoston, MA 02110";

describe("a change of address (AR-11)", () => {
  it("puts the new address on the account and on the two pending cases only, each with a history entry, and emails a confirmation", async () => {
    const user = await createUser("COMPLETE");
    await db().user.update({
      where: { id: user.id },
      data: { fullName: "Ana M. Diaz", addressLine1: "1 Old Road", city: "Salem", state: "MA", postalCode: "01970" },
    });
    const received = await ownedCase(user.id);
    const reviewed = await ownedCase(user.id, "Case Is Being Actively Reviewed");
    const approved = await ownedCase(user.id, "Case Was Approved");
    const someoneElses = await ownedCase((await createUser("COMPLETE")).id);
    const filing = await draftFiling(user.id, "AR-11", ar11Answers());
    const now = new Date("2026-12-02T10:00:00Z");

    const result = await submitFiling(filing.id, null, now);

    expect(result).toMatchObject({ ok: true, caseId: null, receiptNumber: null });
    if (!result.ok) return;
    expect(result.confirmationNumber).toMatch(/^AR11-[0-9A-HJKMNP-TV-Z]{10}$/);

    for (const before of [received, reviewed]) {
      const after = await db().case.findUniqueOrThrow({ where: { id: before.id }, include: { events: { orderBy: { at: "asc" } } } });
      expect(after.mailingAddress).toBe(NEW_LINES);
      // The current status is unchanged: the entry is history, not a status.
      expect(after.status).toBe(before.status);
      expect(after.statusChangedAt).toEqual(before.statusChangedAt);
      expect(after.events.map((e) => [e.kind, e.status])).toEqual([
        ...before.events.map((e) => [e.kind, e.status]),
        ["ADDRESS_CHANGED", ADDRESS_CHANGED_TITLE],
      ]);
      expect(after.events.at(-1)!.at).toEqual(now);
    }
    for (const untouched of [approved, someoneElses]) {
      const after = await db().case.findUniqueOrThrow({ where: { id: untouched.id }, include: { events: { orderBy: { at: "asc" } } } });
      expect(after.mailingAddress).toBe(untouched.mailingAddress);
      expect(after.events).toHaveLength(untouched.events.length);
    }

    const contact = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(contact).toMatchObject({
      fullName: "Ana M. Diaz",
      addressLine1: "12 Harbor Street",
      addressLine2: "Apt 4",
      city: "Boston",
      state: "MA",
      postalCode: "02110",
    });

    const emails = (await outboxFor(user.email)).filter((m) => m.template === "address-change-confirmed");
    expect(emails).toHaveLength(1);
    expect(emails[0].body).toContain(result.confirmationNumber);
    expect(emails[0].body).toContain("2 pending cases");
    expect(emails[0].body).not.toContain("Harbor");

    const row = await db().filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(row).toMatchObject({
      status: "SUBMITTED",
      submittedAt: now,
      confirmationNumber: result.confirmationNumber,
      feeCents: 0,
      caseId: null,
    });
    expect(await listSubmittedFilings(user)).toEqual([
      expect.objectContaining({ formType: "AR-11", confirmationNumber: result.confirmationNumber, submittedAt: now, case: null }),
    ]);
  });

  it("the applicant's case page lists the entry in the history and keeps the status", async () => {
    const user = await createUser("COMPLETE");
    const pending = await ownedCase(user.id, "Case Is Being Actively Reviewed");
    const filing = await draftFiling(user.id, "AR-11", ar11Answers());
    expect((await submitFiling(filing.id, null)).ok).toBe(true);
    const view = await caseForOwner(user, pending.receiptNumber);
    expect(view!.status.title).toBe("Case Is Being Actively Reviewed");
    expect(view!.history[0].status).toBe(ADDRESS_CHANGED_TITLE);
    // Stored in English (the record); a Spanish reader sees it in Spanish.
    expect(statusTitleIn(view!.history[0].status, readerFor("es", "America/Chicago").t)).toBe("Se actualizó la dirección postal");
  });

  it("a second submission, later or at the same time, changes nothing more", async () => {
    const user = await createUser("COMPLETE");
    const pending = await ownedCase(user.id);
    const filing = await draftFiling(user.id, "AR-11", ar11Answers());
    const first = await submitFiling(filing.id, null);
    expect(first.ok).toBe(true);
    const counts = await filingCounts();
    expect(await submitFiling(filing.id, null)).toMatchObject({ ok: false, code: "already_submitted" });
    expect(await filingCounts()).toEqual(counts);
    const events = await db().caseEvent.count({ where: { caseId: pending.id, kind: "ADDRESS_CHANGED" } });
    expect(events).toBe(1);
  });

  it("six submissions at the same moment: one confirmation, one history entry per pending case, one email", async () => {
    const user = await createUser("COMPLETE");
    const pending = await ownedCase(user.id);
    const filing = await draftFiling(user.id, "AR-11", ar11Answers());
    const calls = Array.from({ length: 6 }, () => () => submitFiling(filing.id, null));
    // The embedded engine has one connection: there the calls queue (same outcome required).
    const results =
      process.env.DATABASE_POOL_MAX === "1"
        ? await calls.reduce<Promise<Awaited<ReturnType<typeof submitFiling>>[]>>(
            async (done, call) => [...(await done), await call()],
            Promise.resolve([]),
          )
        : await Promise.all(calls.map((call) => call()));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "already_submitted")).toHaveLength(5);
    expect(await db().caseEvent.count({ where: { caseId: pending.id, kind: "ADDRESS_CHANGED" } })).toBe(1);
    expect((await outboxFor(user.email)).filter((m) => m.template === "address-change-confirmed")).toHaveLength(1);
  });

  it("a mailing address other than the new home address is the one applied", async () => {
    const user = await createUser("COMPLETE");
    const pending = await ownedCase(user.id);
    const answers = ar11Answers({
      newIsMailing: "no",
      mailingInCareOf: "Sam Roe",
      mailingStreet: "PO Box 77",
      mailingUnit: "",
      mailingCity: "Cambridge",
      mailingState: "MA",
      mailingZip: "02139",
    });
    const filing = await draftFiling(user.id, "AR-11", answers);
    expect((await submitFiling(filing.id, null)).ok).toBe(true);
    expect((await db().case.findUniqueOrThrow({ where: { id: pending.id } })).mailingAddress).toBe(
      "c/o Sam Roe\nPO Box 77\nCambridge, MA 02139",
    );
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      addressLine1: "PO Box 77",
      addressLine2: null,
      city: "Cambridge",
    });
  });

  it("unsigned, signed with another name, or with a required answer missing: refused, nothing written", async () => {
    const user = await createUser("COMPLETE");
    await ownedCase(user.id);
    const unsigned = await draftFiling(user.id, "AR-11", ar11Answers(), { signedAs: false });
    const wrongName = await draftFiling(user.id, "AR-11", ar11Answers(), { signedAs: "Someone Else" });
    const { newCity: _dropped, ...incomplete } = ar11Answers();
    const notReady = await draftFiling(user.id, "AR-11", incomplete);
    const counts = await filingCounts();
    const contact = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    for (const filing of [unsigned, wrongName, notReady]) {
      expect(await submitFiling(filing.id, null)).toMatchObject({ ok: false, code: "not_ready" });
      expect((await db().filing.findUniqueOrThrow({ where: { id: filing.id } })).status).toBe("DRAFT");
    }
    expect(await filingCounts()).toEqual(counts);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(contact);
  });

  it("an unknown or malformed id is not found", async () => {
    expect(await submitFiling("00000000-0000-4000-8000-000000000000", null)).toMatchObject({ ok: false, code: "not_found" });
    expect(await submitFiling("not-an-id", null)).toMatchObject({ ok: false, code: "not_found" });
  });
});
