import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { readerFor } from "@/lib/i18n/translator";
import { createUser } from "@/tests/support/factories";
import { listClientReviews } from "./client-review";
import { dashboardFilings } from "./dashboard-filings";
import { listDrafts } from "./drafts";
import { listSubmittedFilings } from "./submitted-filings";

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

let confirmation = 0;
function draft(ownerId: string, formType: string, savedHoursAgo: number, extra: Record<string, unknown> = {}) {
  return db().filing.create({ data: { ownerId, formType, lastSavedAt: ago(savedHoursAgo), ...extra }, select: { id: true } });
}
function submitted(ownerId: string, formType: string, submittedHoursAgo: number) {
  confirmation++;
  return draft(ownerId, formType, submittedHoursAgo, {
    status: "SUBMITTED",
    submittedAt: ago(submittedHoursAgo),
    feeCents: 5000,
    confirmationNumber: `IOE-DF-${Date.now()}-${confirmation}`,
  });
}

afterEach(() => vi.restoreAllMocks());

const english = readerFor("en", "UTC");
const spanish = readerFor("es", "America/Chicago");
/** A list's forms with their titles read in English (a form to review carries its title as a reference). */
const inEnglish = <T extends { title: string }>(forms: T[]): T[] => forms.map((form) => ({ ...form, title: english.text(form.title) }));

describe("dashboardFilings", () => {
  it("gives the drafts, submitted forms and forms to review that the three lists give, in their order, in one query", async () => {
    const [applicant, representative, stranger] = [
      await createUser("COMPLETE"),
      await createUser("COMPLETE"),
      await createUser("COMPLETE"),
    ];
    await draft(applicant.id, "I-90", 5);
    await draft(applicant.id, "AR-11", 1);
    await draft(applicant.id, "I-765", 3);
    await submitted(applicant.id, "I-90", 48);
    await submitted(applicant.id, "I-765", 2);
    // Prepared by a representative for this applicant: one waiting for them, one not yet sent, one they opened earlier.
    const prepared = { clientEmail: applicant.email, clientName: "Ana Diaz", clientId: applicant.id };
    await draft(representative.id, "I-765", 4, { ...prepared, clientReview: "SENT", invitationSentAt: ago(4) });
    await draft(representative.id, "I-90", 6, { ...prepared, clientReview: "CHANGES_REQUESTED", invitationSentAt: ago(30) });
    await draft(representative.id, "AR-11", 2, { ...prepared, clientReview: null });
    // Nobody else's.
    await draft(stranger.id, "I-90", 1);
    await submitted(stranger.id, "I-90", 1);

    for (const actor of [applicant, representative, stranger]) {
      const query = vi.spyOn(pg.Client.prototype, "query");
      const lists = await dashboardFilings(actor, english);
      expect(query).toHaveBeenCalledTimes(1);
      query.mockRestore();
      expect(lists).toEqual({
        drafts: inEnglish(await listDrafts(actor)),
        filed: await listSubmittedFilings(actor),
        reviews: inEnglish(await listClientReviews(actor)),
      });
    }
    const mine = await dashboardFilings(applicant, english);
    expect(mine.drafts.map((d) => d.formType)).toEqual(["AR-11", "I-765", "I-90"]);
    expect(mine.filed.map((f) => f.formType)).toEqual(["I-765", "I-90"]);
    expect(mine.reviews.map((r) => [r.formType, r.review])).toEqual([
      ["I-765", "SENT"],
      ["I-90", "CHANGES_REQUESTED"],
    ]);
    // The representative's forms for a client are not their own drafts.
    expect((await dashboardFilings(representative, english)).drafts).toEqual([]);
  });

  it("gives each form's title in the reader's language, never a message reference", async () => {
    const [applicant, representative] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
    await draft(applicant.id, "AR-11", 1);
    await draft(representative.id, "I-765", 2, {
      clientEmail: applicant.email,
      clientName: "Ana Diaz",
      clientId: applicant.id,
      clientReview: "SENT",
      invitationSentAt: ago(2),
    });
    const { drafts, reviews } = await dashboardFilings(applicant, spanish);
    expect(drafts.map((d) => [d.formType, d.title])).toEqual([["AR-11", "Cambio de dirección"]]);
    expect(reviews.map((r) => [r.formType, r.title])).toEqual([["I-765", "Solicitud de Autorización de Empleo"]]);
    expect(JSON.stringify([drafts, reviews])).not.toContain("msg:");
  });

  it("is empty for a person with no forms", async () => {
    const user = await createUser("COMPLETE");
    expect(await dashboardFilings(user, english)).toEqual({ drafts: [], filed: [], reviews: [] });
  });
});
