import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { caseForOfficer } from "@/lib/agency/console/case-for-officer";
import { caseForOwner } from "@/lib/cases/case-for-owner";
import { db } from "@/lib/db";
import { msg } from "@/lib/i18n/message-ref";
import { representedCase } from "@/lib/representation/represented-case";
import { representedCaseWhere } from "@/lib/representation/case-access";
import { REPRESENTATION_STARTED_TITLE } from "@/lib/representation/representation-texts";
import { payability } from "@/lib/payments/payable-filing";
import { submit } from "@/tests/support/action-input";
import { createUser, info, officer, tokenIn, useUploadDir } from "@/tests/support/factories";
import { draftFiling, filingCounts, fillForm, payment, requiredKinds, I765_FEE_PAYING } from "@/tests/support/filing-factories";
import {
  claimInvitation,
  clientReviewFor,
  declineClientReview,
  invitationState,
  listClientDrafts,
  listClientReviews,
  requestClientChanges,
  sendForClientReview,
  signClientReview,
  startClientDraft,
  zDeclineReview,
  zRequestChanges,
  zSignClientReview,
  zStartClientDraft,
} from "./client-review";
import { definitionFor } from "./definitions";
import { saveDraftPage, signDraft, zSignDraft } from "./drafts";
import { FIRST_ONLINE_STATUS } from "./first-status";
import { submitFiling } from "./submit-filing";

// A form a representative prepares for a client: sent, reviewed and signed in the client's own
// account, then paid and submitted by the representative; every refused step changes nothing.

const I765 = definitionFor("I-765")!;
const NOW = new Date("2026-12-02T10:00:00Z");
const LATER = new Date("2026-12-03T10:00:00Z");

let uploads: ReturnType<typeof useUploadDir>;
beforeEach(() => {
  uploads = useUploadDir();
});
afterEach(() => uploads.cleanup());

async function account(role: Actor["role"]): Promise<Actor> {
  const user = await createUser("COMPLETE");
  await db().user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, email: user.email, role };
}

/** A complete I-765 a representative prepared for a client (not yet sent). */
async function preparedForClient(options: { complete?: boolean } = {}) {
  const representative = await account("REPRESENTATIVE");
  await db().representativeProfile.create({
    data: {
      userId: representative.id,
      kind: "ATTORNEY",
      fullName: "Rosa Counsel",
      organization: "Counsel & Partners",
      addressLine1: "1 Court St",
      city: "Boston",
      state: "MA",
      postalCode: "02108",
      phone: "+16175550100",
    },
  });
  const client = await account("APPLICANT");
  const answers = fillForm("I-765", I765_FEE_PAYING, NOW);
  const filing = await draftFiling(representative.id, "I-765", answers, {
    signedAs: false,
    documents: options.complete === false ? [] : requiredKinds("I-765", answers),
  });
  await db().filing.update({ where: { id: filing.id }, data: { clientName: "Ana Diaz", clientEmail: client.email } });
  return { representative, client, answers, filingId: filing.id, signerName: I765.signerName(answers) };
}

async function invitationTo(email: string): Promise<string> {
  const message = await db().outboundMessage.findFirst({
    where: { to: email, template: "client-review-invitation" },
    orderBy: { createdAt: "desc" },
  });
  return tokenIn(message?.body);
}

async function sentAndClaimed() {
  const prepared = await preparedForClient();
  expect((await sendForClientReview(prepared.representative, { filingId: prepared.filingId }, NOW)).ok).toBe(true);
  const token = await invitationTo(prepared.client.email);
  expect(await claimInvitation(prepared.client, token, NOW)).toEqual({ ok: true, filingId: prepared.filingId });
  return { ...prepared, token };
}

const filingRow = (id: string) => db().filing.findUniqueOrThrow({ where: { id } });

/** Signs on the page as it reads now, or as it read when opened (`version`). */
async function signAs(client: Actor, filingId: string, fullName: string, version?: string) {
  const fields = {
    filingId,
    fullName,
    certify: "yes",
    consent: "yes",
    version: version ?? (await clientReviewFor(client, filingId))?.version ?? "",
  };
  return submit(zSignClientReview, fields, (input) => signClientReview(client, input, info, NOW));
}

describe("the invitation's language", () => {
  const subject = async (email: string) =>
    (await db().outboundMessage.findFirstOrThrow({ where: { to: email, template: "client-review-invitation" } })).subject;

  it("is the client's own when they have an account, else the representative's", async () => {
    const toAccount = await preparedForClient();
    await db().user.update({ where: { id: toAccount.client.id }, data: { locale: "es" } });
    expect((await sendForClientReview(toAccount.representative, { filingId: toAccount.filingId }, NOW)).ok).toBe(true);
    expect(await subject(toAccount.client.email)).toMatch(/^Un formulario está listo para que lo revise y firme/);

    const toNewAddress = await preparedForClient();
    await db().user.update({ where: { id: toNewAddress.representative.id }, data: { locale: "es" } });
    await db().filing.update({ where: { id: toNewAddress.filingId }, data: { clientEmail: "no-account-yet@example.com" } });
    expect((await sendForClientReview(toNewAddress.representative, { filingId: toNewAddress.filingId }, NOW)).ok).toBe(true);
    expect(await subject("no-account-yet@example.com")).toMatch(/^Un formulario está listo para que lo revise y firme/);
  });
});

describe("starting a form for a client", () => {
  it("makes the representative's draft with the client's name and email; an applicant cannot", async () => {
    const representative = await account("REPRESENTATIVE");
    const applicant = await account("APPLICANT");
    const fields = { formType: "I-765", clientName: "Ana Diaz", clientEmail: "Ana@Example.com" };

    const started = await submit(zStartClientDraft, fields, (input) => startClientDraft(representative, input, NOW));
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(await filingRow(started.filingId)).toMatchObject({
      ownerId: representative.id,
      clientName: "Ana Diaz",
      clientEmail: "ana@example.com",
      clientId: null,
      clientReview: null,
    });
    expect((await listClientDrafts(representative)).map((d) => d.id)).toEqual([started.filingId]);

    const before = await db().filing.count();
    const refused = await submit(zStartClientDraft, fields, (input) => startClientDraft(applicant, input, NOW));
    expect(refused).toMatchObject({ ok: false, code: "not_allowed" });
    const badEmail = await submit(zStartClientDraft, { ...fields, clientEmail: "not-an-email" }, (input) =>
      startClientDraft(representative, input, NOW),
    );
    expect(badEmail).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { clientEmail: expect.any(String) } });
    const onlyNul = await submit(zStartClientDraft, { ...fields, clientName: "\u0000" }, (input) =>
      startClientDraft(representative, input, NOW),
    );
    expect(onlyNul).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { clientName: expect.any(String) } });
    expect(await db().filing.count()).toBe(before);

    const withNul = await submit(zStartClientDraft, { ...fields, clientName: "Ana\u0000Diaz" }, (input) =>
      startClientDraft(representative, input, NOW),
    );
    expect(withNul.ok && (await filingRow(withNul.filingId)).clientName).toBe("Ana Diaz");
  });
});

describe("sending to the client", () => {
  it("sends one form at most 3 times an hour; a refused send changes nothing and emails no one", async () => {
    const { representative, client, filingId } = await preparedForClient();
    for (let i = 0; i < 3; i++) expect((await sendForClientReview(representative, { filingId }, NOW)).ok).toBe(true);
    const before = await filingRow(filingId);
    expect(await sendForClientReview(representative, { filingId }, NOW)).toEqual({
      ok: false,
      code: "rate_limited",
      message: msg("clientReview.errors.tooManySendsOfForm", { max: 3 }),
    });
    expect(await filingRow(filingId)).toEqual(before);
    expect(await db().outboundMessage.count({ where: { to: client.email } })).toBe(3);
  });

  it("a representative sends at most 20 forms an hour, whichever forms they are", async () => {
    const first = await preparedForClient();
    expect((await sendForClientReview(first.representative, { filingId: first.filingId }, NOW)).ok).toBe(true);
    const counters = await db().rateLimit.findMany({ where: { key: { contains: first.representative.id } } });
    expect(counters).toHaveLength(1);
    await db().rateLimit.update({ where: { key: counters[0].key }, data: { count: 20 } });
    const answers = fillForm("I-765", I765_FEE_PAYING, NOW);
    const second = await draftFiling(first.representative.id, "I-765", answers, {
      signedAs: false,
      documents: requiredKinds("I-765", answers),
    });
    await db().filing.update({ where: { id: second.id }, data: { clientName: "Ben Diaz", clientEmail: "ben@example.com" } });
    expect(await sendForClientReview(first.representative, { filingId: second.id }, NOW)).toEqual({
      ok: false,
      code: "rate_limited",
      message: msg("clientReview.errors.tooManySends", { max: 20 }),
    });
    expect(await filingRow(second.id)).toMatchObject({ clientReview: null, invitationTokenHash: null });
    expect(await db().outboundMessage.count({ where: { to: "ben@example.com" } })).toBe(0);
  });

  it("refuses an incomplete form and changes nothing", async () => {
    const { representative, client, filingId } = await preparedForClient({ complete: false });
    expect(await sendForClientReview(representative, { filingId }, NOW)).toMatchObject({ ok: false, code: "not_ready" });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: null, invitationTokenHash: null });
    expect(await db().outboundMessage.count({ where: { to: client.email } })).toBe(0);
  });

  it("emails the client a single-use link whose keyed hash is stored; another representative cannot send it", async () => {
    const { representative, client, filingId } = await preparedForClient();
    const other = await account("REPRESENTATIVE");
    expect(await sendForClientReview(other, { filingId }, NOW)).toMatchObject({ ok: false, code: "not_found" });

    expect(await sendForClientReview(representative, { filingId }, NOW)).toEqual({ ok: true, sentTo: client.email });
    const row = await filingRow(filingId);
    const token = await invitationTo(client.email);
    expect(row).toMatchObject({ clientReview: "SENT", invitationSentAt: NOW });
    expect(row.invitationTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.invitationTokenHash).not.toContain(token);
    expect(row.invitationExpiresAt!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(await invitationState(token, NOW)).toMatchObject({
      kind: "valid",
      formType: "I-765",
      representative: { name: "Rosa Counsel", organization: "Counsel & Partners", verified: false },
    });
  });

  it("freezes the draft while the client has it: the representative cannot change or sign it", async () => {
    const { representative, filingId, signerName } = await sentAndClaimed();
    const before = await filingRow(filingId);
    const saved = await saveDraftPage(representative, filingId, I765.pages[0].id, {}, LATER);
    expect(saved).toMatchObject({ ok: false, code: "not_allowed" });
    const signed = await submit(zSignDraft, { filingId, fullName: signerName, certify: "yes" }, (input) =>
      signDraft(representative, input, info, LATER),
    );
    expect(signed).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await filingRow(filingId)).toEqual(before);
  });
});

describe("the invitation link", () => {
  it("is claimed once by a signed-in applicant; used again it is refused", async () => {
    const { client, filingId, token } = await sentAndClaimed();
    expect(await filingRow(filingId)).toMatchObject({ clientId: client.id, invitationTokenHash: null });
    expect((await clientReviewFor(client, filingId))?.review).toBe("SENT");
    expect((await listClientReviews(client)).map((r) => r.id)).toEqual([filingId]);

    expect(await claimInvitation(client, token, NOW)).toMatchObject({ ok: false, code: "link_unknown" });
    expect(await invitationState(token, NOW)).toEqual({ kind: "invalid" });
  });

  it("is refused once expired, and refused to a representative; nothing changes", async () => {
    const { representative, client, filingId } = await preparedForClient();
    await sendForClientReview(representative, { filingId }, NOW);
    const token = await invitationTo(client.email);
    const before = await filingRow(filingId);
    const muchLater = new Date(NOW.getTime() + 15 * 24 * 60 * 60 * 1000);

    expect(await claimInvitation(client, token, muchLater)).toMatchObject({ ok: false, code: "link_expired" });
    expect(await invitationState(token, muchLater)).toEqual({ kind: "expired" });
    expect(await claimInvitation(representative, token, NOW)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await claimInvitation(client, "x".repeat(43), NOW)).toMatchObject({ ok: false, code: "link_unknown" });
    expect(await filingRow(filingId)).toEqual(before);
    expect(await clientReviewFor(client, filingId)).toBeNull();
  });

  it("sent again after changes, is refused to a different account than the one that claimed it", async () => {
    const { representative, client, filingId } = await sentAndClaimed();
    await submit(zRequestChanges, { filingId, note: "My middle name is missing." }, (input) => requestClientChanges(client, input));
    expect((await sendForClientReview(representative, { filingId }, LATER)).ok).toBe(true);
    const token = await invitationTo(client.email);
    const stranger = await account("APPLICANT");

    const before = await filingRow(filingId);
    expect(await claimInvitation(stranger, token, LATER)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await filingRow(filingId)).toEqual(before);
    expect(await clientReviewFor(stranger, filingId)).toBeNull();

    expect((await claimInvitation(client, token, LATER)).ok).toBe(true);
  });
});

describe("the client's review", () => {
  it("a page opened before the form was changed and sent again cannot sign it: the client reads it again first", async () => {
    const { representative, client, filingId, signerName } = await sentAndClaimed();
    const opened = await clientReviewFor(client, filingId);
    // In another window: changes asked for, made, and the form sent again.
    await submit(zRequestChanges, { filingId, note: "My middle name is missing." }, (input) => requestClientChanges(client, input));
    expect((await sendForClientReview(representative, { filingId }, LATER)).ok).toBe(true);

    expect(await signAs(client, filingId, signerName, opened?.version)).toEqual({
      ok: false,
      code: "not_allowed",
      message: msg("clientReview.errors.changedSinceOpened"),
    });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "SENT", signedAt: null, g28SignedAt: null });

    expect(await signAs(client, filingId, signerName)).toEqual({ ok: true, filingId });
  });

  it("asks for changes: the representative is emailed, edits, and sends again (CHANGES_REQUESTED -> SENT)", async () => {
    const { representative, client, filingId } = await sentAndClaimed();
    const empty = await submit(zRequestChanges, { filingId, note: "  " }, (input) => requestClientChanges(client, input));
    expect(empty).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { note: expect.any(String) } });

    const asked = await submit(zRequestChanges, { filingId, note: "Please fix my birth date." }, (input) =>
      requestClientChanges(client, input),
    );
    expect(asked).toEqual({ ok: true, filingId });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "CHANGES_REQUESTED", clientReviewNote: "Please fix my birth date." });
    expect(await db().outboundMessage.count({ where: { to: representative.email, template: "client-review-changes-requested" } })).toBe(1);

    // The representative may change it again now.
    const page = I765.pages[0];
    const edited = await saveDraftPage(representative, filingId, page.id, {}, LATER);
    expect(edited).not.toMatchObject({ code: "not_allowed" });

    expect((await sendForClientReview(representative, { filingId }, LATER)).ok).toBe(true);
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "SENT", clientReviewNote: null, clientId: client.id });
    expect(await db().outboundMessage.count({ where: { to: client.email, template: "client-review-invitation" } })).toBe(2);
  });

  it("keeps a NUL in the client's note as a space and counts a line break the browser sent as two characters once", async () => {
    const { client, filingId } = await sentAndClaimed();
    const onlyNul = await submit(zRequestChanges, { filingId, note: "\u0000\r\n" }, (input) => requestClientChanges(client, input));
    expect(onlyNul).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { note: expect.any(String) } });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "SENT", clientReviewNote: null });

    // 400 lines: 2,400 characters as sent, 1,999 as typed in a box that allows 2,000.
    const note = "Fix\u0000\r\n".repeat(400);
    const asked = await submit(zRequestChanges, { filingId, note }, (input) => requestClientChanges(client, input));
    expect(asked).toEqual({ ok: true, filingId });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "CHANGES_REQUESTED", clientReviewNote: "Fix \n".repeat(400).trim() });
  });

  it("reads a NUL in the signed name as a space, as every free-text field does", async () => {
    const { client, filingId, signerName } = await sentAndClaimed();
    expect(await signAs(client, filingId, "\u0000")).toMatchObject({ ok: false, fieldErrors: { fullName: expect.any(String) } });
    expect(await signAs(client, filingId, signerName.replace(" ", "\u0000"))).toMatchObject({ ok: true });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "SIGNED" });
  });

  it("declines with a NUL in the note kept as a space", async () => {
    const { client, filingId } = await sentAndClaimed();
    const declined = await submit(zDeclineReview, { filingId, note: "Not\u0000now." }, (input) => declineClientReview(client, input));
    expect(declined).toEqual({ ok: true, filingId });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "DECLINED", clientReviewNote: "Not now." });
  });

  it("signs the form and the G-28 with the name the form gives; a wrong name or a second signature is refused", async () => {
    const { representative, client, filingId, signerName } = await sentAndClaimed();
    const wrong = await signAs(client, filingId, "Somebody Else");
    expect(wrong).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { fullName: expect.stringContaining(signerName) } });
    const noConsent = await submit(zSignClientReview, { filingId, fullName: signerName, certify: "yes" }, (input) =>
      signClientReview(client, input, info, NOW),
    );
    expect(noConsent).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { consent: expect.any(String) } });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "SENT", signedAt: null, g28SignedAt: null });

    expect(await signAs(client, filingId, signerName)).toEqual({ ok: true, filingId });
    expect(await filingRow(filingId)).toMatchObject({
      clientReview: "SIGNED",
      signatureName: signerName,
      signedAt: NOW,
      signatureAddress: info.ip,
      g28SignatureName: signerName,
      g28SignedAt: NOW,
      feeCents: 26_000,
    });
    expect(await db().outboundMessage.count({ where: { to: representative.email, template: "client-review-signed" } })).toBe(1);
    expect(await signAs(client, filingId, signerName)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await sendForClientReview(representative, { filingId }, LATER)).toMatchObject({ ok: false, code: "not_allowed" });
  });

  it("another applicant cannot read, sign, ask for changes or decline it", async () => {
    const { client, filingId, signerName } = await sentAndClaimed();
    const stranger = await account("APPLICANT");
    const before = await filingRow(filingId);
    const outbox = await db().outboundMessage.count();

    expect(await clientReviewFor(stranger, filingId)).toBeNull();
    expect(await signAs(stranger, filingId, signerName)).toMatchObject({ ok: false, code: "not_found" });
    expect(await submit(zRequestChanges, { filingId, note: "x" }, (input) => requestClientChanges(stranger, input))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await submit(zDeclineReview, { filingId, note: "" }, (input) => declineClientReview(stranger, input))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await filingRow(filingId)).toEqual(before);
    expect(await db().outboundMessage.count()).toBe(outbox);
    expect((await clientReviewFor(client, filingId))?.id).toBe(filingId);
  });

  it("declines: the representative is emailed, nothing can be filed or sent again", async () => {
    const { representative, client, filingId } = await sentAndClaimed();
    const declined = await submit(zDeclineReview, { filingId, note: "I changed my mind." }, (input) => declineClientReview(client, input));
    expect(declined).toEqual({ ok: true, filingId });
    expect(await filingRow(filingId)).toMatchObject({ clientReview: "DECLINED", clientReviewNote: "I changed my mind.", status: "DRAFT" });
    expect(await db().outboundMessage.count({ where: { to: representative.email, template: "client-review-declined" } })).toBe(1);

    expect(await sendForClientReview(representative, { filingId }, LATER)).toMatchObject({ ok: false, code: "not_allowed" });
    const counts = await filingCounts();
    expect(await submitFiling(filingId, null, LATER)).toMatchObject({ ok: false, code: "not_ready" });
    expect(await filingCounts()).toEqual(counts);
  });
});

describe("submitting a form signed by the client", () => {
  it("is refused before the client signs, even with the fee paid, and writes nothing", async () => {
    const { representative, filingId, signerName } = await sentAndClaimed();
    // A signature that did not come from the client's review does not count.
    await db().filing.update({ where: { id: filingId }, data: { signatureName: signerName, signedAt: NOW } });
    const paid = await payment(filingId, 26_000);
    expect((await payability(representative, filingId, NOW)).kind).toBe("unsigned");
    const counts = await filingCounts();
    const representations = await db().representation.count();

    expect(await submitFiling(filingId, { paymentId: paid.id }, NOW)).toMatchObject({ ok: false, code: "not_ready" });
    expect(await filingCounts()).toEqual(counts);
    expect(await db().representation.count()).toBe(representations);
    expect(await filingRow(filingId)).toMatchObject({ status: "DRAFT", caseId: null });
  });

  it("creates the client's case and the ONLINE representation in one transaction; the receipt goes to the client, a copy to the representative", async () => {
    const { representative, client, filingId, signerName } = await sentAndClaimed();
    await signAs(client, filingId, signerName);
    expect((await payability(representative, filingId, NOW)).kind).toBe("payable");
    const paid = await payment(filingId, 26_000);

    const result = await submitFiling(filingId, { paymentId: paid.id }, LATER);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const filed = await db().case.findUniqueOrThrow({
      where: { id: result.caseId! },
      include: { representations: true, notices: true, events: { orderBy: { kind: "asc" } } },
    });
    expect(filed.events.map((e) => [e.kind, e.status])).toEqual([
      ["STATUS", FIRST_ONLINE_STATUS],
      ["REPRESENTATION_STARTED", REPRESENTATION_STARTED_TITLE],
    ]);
    expect(filed.ownerId).toBe(client.id);
    expect(filed.notices.map((n) => n.kind)).toEqual(["RECEIPT"]);
    expect(filed.representations).toEqual([
      expect.objectContaining({
        representativeId: representative.id,
        clientId: client.id,
        source: "ONLINE",
        filingId,
        startedAt: LATER,
        endedAt: null,
      }),
    ]);
    expect(await db().case.count({ where: { id: filed.id, ...representedCaseWhere(representative.id) } })).toBe(1);
    expect(await db().outboundMessage.count({ where: { to: client.email, template: "case-update", caseId: filed.id } })).toBe(1);
    expect(
      await db().outboundMessage.count({ where: { to: representative.email, template: "representative-courtesy-copy", caseId: filed.id } }),
    ).toBe(1);
    expect(await filingRow(filingId)).toMatchObject({ status: "SUBMITTED", ownerId: representative.id, caseId: filed.id });

    // Once filed: not again, and no second G-28.
    expect(await submitFiling(filingId, { paymentId: paid.id }, LATER)).toMatchObject({ ok: false, code: "already_submitted" });
    expect(await db().representation.count({ where: { filingId } })).toBe(1);
  });

  it("the case's history has the receipt first, then the representative, for every case so filed", async () => {
    const { session } = await officer();
    const newestFirst = [REPRESENTATION_STARTED_TITLE, FIRST_ONLINE_STATUS];
    // The two entries are written in one transaction; eight cases leave ties no room to pass by chance.
    for (let n = 0; n < 8; n++) {
      const { representative, client, filingId, signerName } = await sentAndClaimed();
      await signAs(client, filingId, signerName);
      const paid = await payment(filingId, 26_000);
      const result = await submitFiling(filingId, { paymentId: paid.id }, LATER);
      if (!result.ok) throw new Error("The filing was not submitted.");
      const receiptNumber = result.receiptNumber!;
      expect((await caseForOwner(client, receiptNumber))!.history.map((e) => e.status)).toEqual(newestFirst);
      expect((await representedCase(representative, receiptNumber))!.history.map((e) => e.status)).toEqual(newestFirst);
      expect((await caseForOfficer(session, receiptNumber))!.history.map((e) => e.status)).toEqual(newestFirst);
    }
  });

  it("rolls the case back with the representation: a failure inside the transaction leaves neither", async () => {
    const { representative, client, filingId, signerName } = await sentAndClaimed();
    await signAs(client, filingId, signerName);
    const paid = await payment(filingId, 26_000);
    // A G-28 already naming this filing makes the representation insert fail (filingId is unique).
    const otherCase = await db().case.create({
      data: {
        receiptNumber: "IOE0000000001",
        formType: "I-130",
        applicantName: "Someone",
        status: "Case Was Received",
        statusChangedAt: NOW,
        submittedAt: NOW,
      },
    });
    await db().representation.create({
      data: { caseId: otherCase.id, representativeId: representative.id, source: "ONLINE", filingId, startedAt: NOW },
    });
    const cases = await db().case.count();

    await expect(submitFiling(filingId, { paymentId: paid.id }, LATER)).rejects.toThrow();
    expect(await db().case.count()).toBe(cases);
    expect(await filingRow(filingId)).toMatchObject({ status: "DRAFT", caseId: null });
  });
});
