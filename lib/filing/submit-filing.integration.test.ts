import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addStatusEvent } from "@/lib/cases/agency-operations";
import { caseForOfficer } from "@/lib/agency/console/case-for-officer";
import { workQueue } from "@/lib/agency/console/work-queue";
import { db } from "@/lib/db";
import { noticeForOwner } from "@/lib/notices/notice-for-owner";
import { fileStorage } from "@/lib/storage/storage";
import { createUser, officer, outboxFor, useUploadDir } from "@/tests/support/factories";
import {
  draftFiling,
  filingCounts,
  fillForm,
  payment,
  requiredKinds,
  I765_FEE_EXEMPT,
  I765_FEE_PAYING,
} from "@/tests/support/filing-factories";
import { pdfText } from "@/tests/support/pdf-text";
import { formatDateIn, formatDateTimeIn } from "@/lib/format";
import { definitionFor } from "./definitions";
import { FIRST_ONLINE_STATUS } from "./first-status";
import { submitFiling } from "./submit-filing";
import { listSubmittedFilings, submittedFilingFor } from "./submitted-filings";

// Submitting an I-765 that pays a fee. The race is shown on PostgreSQL; the embedded
// engine has one connection, so there the calls queue one after another (same outcome required).

const I765 = definitionFor("I-765")!;
const NOW = new Date("2026-12-02T10:15:00Z");
const oneConnection = process.env.DATABASE_POOL_MAX === "1";

async function burst<T>(count: number, call: () => Promise<T>): Promise<T[]> {
  if (!oneConnection) return Promise.all(Array.from({ length: count }, call));
  const results: T[] = [];
  for (let i = 0; i < count; i++) results.push(await call());
  return results;
}

async function bytesOf(storageKey: string): Promise<Buffer> {
  const stream = await fileStorage().get(storageKey);
  if (!stream) throw new Error(`nothing stored under ${storageKey}`);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

let uploads: ReturnType<typeof useUploadDir>;
beforeEach(() => {
  uploads = useUploadDir();
});
afterEach(() => uploads.cleanup());

/** A signed I-765 draft with every required document uploaded, and (unless told) its fee paid. */
async function readyI765(options: { pay?: number | false; documents?: string[] } = {}) {
  const user = await createUser("COMPLETE");
  const answers = fillForm("I-765", I765_FEE_PAYING, NOW);
  const kinds = options.documents ?? requiredKinds("I-765", answers);
  const filing = await draftFiling(user.id, "I-765", answers, { documents: kinds });
  const fee = I765.fee(answers, NOW).onlineCents;
  const paid = options.pay === false ? null : await payment(filing.id, options.pay ?? fee);
  return { user, answers, filing, fee, kinds, paymentRef: paid ? { paymentId: paid.id } : null };
}

describe("submitFiling: a form that makes a case", () => {
  it("creates the case with an IOE receipt number, first status, receipt notice, the filed form and the documents, and alerts the owner", async () => {
    const { user, filing, fee, kinds, paymentRef } = await readyI765();
    expect(fee).toBe(26_000);
    await db().user.update({ where: { id: user.id }, data: { timeZone: "Asia/Tokyo" } });

    const result = await submitFiling(filing.id, paymentRef, NOW);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.receiptNumber).toMatch(/^IOE27\d{8}$/);
    expect(result.confirmationNumber).toMatch(/^I765-[0-9A-HJKMNP-TV-Z]{10}$/);
    const row = await db().case.findUniqueOrThrow({
      where: { id: result.caseId! },
      include: { events: true, notices: true, documents: { orderBy: { name: "asc" } } },
    });
    expect(row).toMatchObject({
      receiptNumber: result.receiptNumber,
      formType: "I-765",
      applicantName: "Ana Diaz",
      ownerId: user.id,
      status: FIRST_ONLINE_STATUS,
      statusChangedAt: NOW,
      submittedAt: NOW,
      accessCodeHash: null,
    });
    expect(row.events.map((e) => [e.kind, e.status])).toEqual([["STATUS", FIRST_ONLINE_STATUS]]);
    expect(row.notices.map((n) => n.kind)).toEqual(["RECEIPT"]);
    expect(row.documents.map((d) => d.name).sort()).toEqual(
      [`${result.receiptNumber}-I-765-as-filed.pdf`, ...kinds.map((k) => `${k}.pdf`)].sort(),
    );

    const filed = row.documents.find((d) => d.name.endsWith("-as-filed.pdf"))!;
    expect(filed.uploaderId).toBeNull();
    const filedText = await pdfText(await bytesOf(filed.storageKey));
    expect(filedText).toContain(`Receipt number: ${result.receiptNumber}`);
    expect(filedText).toContain("Fee paid: $260.00");
    expect(filedText).toContain("Part 2. Information about you");
    expect(filedText).toContain("Diaz");
    expect(filedText).toContain("Signed electronically by typing the full name: Ana Diaz");
    // Dated on the signer's own calendar.
    const { signedAt } = await db().filing.findUniqueOrThrow({ where: { id: filing.id }, select: { signedAt: true } });
    expect(filedText).toContain(
      `Date of signature: ${formatDateIn(signedAt!, "Asia/Tokyo")} (${formatDateTimeIn(signedAt!, "Asia/Tokyo")}, Asia/Tokyo)`,
    );
    expect(filedText).toContain("Not an official government document");

    const notice = await noticeForOwner(user, result.receiptNumber!, row.notices[0].id);
    const noticeText = await pdfText(notice!.bytes);
    expect(noticeText).toContain("Receipt notice (I-797C)");
    expect(noticeText).toContain(`Receipt number: ${result.receiptNumber}`);
    expect(noticeText).toContain("Form: I-765, Application for Employment Authorization");
    expect(noticeText).toContain("Applicant: Ana Diaz");
    expect(noticeText).toContain("Received date: December 2, 2026");
    expect(noticeText).toContain("Fee paid: $260.00");

    const alerts = (await outboxFor(user.email)).filter((m) => m.template === "case-update");
    expect(alerts).toHaveLength(1);
    expect(alerts[0].caseId).toBe(row.id);

    const saved = await db().filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(saved).toMatchObject({
      status: "SUBMITTED",
      caseId: row.id,
      feeCents: 26_000,
      submittedAt: NOW,
      confirmationNumber: result.confirmationNumber,
    });
    expect(saved.feeRule).toContain("I-765");

    const confirmation = await submittedFilingFor(user, filing.id);
    expect(confirmation).toMatchObject({
      confirmationNumber: result.confirmationNumber,
      case: { receiptNumber: result.receiptNumber, receiptNoticeId: row.notices[0].id, filedFormDocumentId: filed.id },
    });
    expect(await submittedFilingFor(await createUser("COMPLETE"), filing.id)).toBeNull();
    expect(await listSubmittedFilings(user)).toEqual([confirmation]);
  });

  it("a fee-exempt category needs no payment; its receipt notice says no fee was due", async () => {
    const user = await createUser("COMPLETE");
    const answers = fillForm("I-765", I765_FEE_EXEMPT, NOW);
    expect(I765.fee(answers, NOW).onlineCents).toBe(0);
    const filing = await draftFiling(user.id, "I-765", answers, { documents: requiredKinds("I-765", answers) });
    const result = await submitFiling(filing.id, null, NOW);
    if (!result.ok) throw new Error(result.message);
    const notice = await db().notice.findFirstOrThrow({ where: { caseId: result.caseId! } });
    const text = await pdfText((await noticeForOwner(user, result.receiptNumber!, notice.id))!.bytes);
    expect(text).toContain("Fee paid: $0.00 (no fee for this filing)");
    expect((await db().filing.findUniqueOrThrow({ where: { id: filing.id } })).feeCents).toBe(0);
  });

  it("submitting again, later, is refused and creates nothing", async () => {
    const { filing, paymentRef } = await readyI765();
    expect((await submitFiling(filing.id, paymentRef, NOW)).ok).toBe(true);
    const counts = await filingCounts();
    const stored = uploads.list().length;
    expect(await submitFiling(filing.id, paymentRef, NOW)).toMatchObject({ ok: false, code: "already_submitted" });
    expect(await filingCounts()).toEqual(counts);
    expect(uploads.list()).toHaveLength(stored);
  });

  it("eight calls at the same moment make exactly one case, one notice, one alert, one filed form", async () => {
    const { user, filing, kinds, paymentRef } = await readyI765();
    const results = await burst(8, () => submitFiling(filing.id, paymentRef, NOW));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(7).fill("already_submitted"));
    expect(await db().case.count()).toBe(1);
    expect(await db().notice.count()).toBe(1);
    expect(await db().caseEvent.count()).toBe(1);
    expect((await outboxFor(user.email)).filter((m) => m.template === "case-update")).toHaveLength(1);
    expect(await db().document.count()).toBe(kinds.length + 1);
    // The losers' PDFs were stored before their transactions and removed again.
    expect(uploads.list()).toHaveLength(kinds.length + 1);
  });

  it("unpaid, paid too little, paid for another filing, not signed or missing a document: refused, nothing written", async () => {
    const unpaid = await readyI765({ pay: false });
    const open = await readyI765({ pay: false });
    const openPayment = await payment(open.filing.id, open.fee, "OPEN");
    const tooLittle = await readyI765({ pay: 41_000 });
    const other = await readyI765();
    const unsigned = await readyI765();
    await db().filing.update({ where: { id: unsigned.filing.id }, data: { signatureName: null, signedAt: null } });
    const noDocuments = await readyI765({ documents: [] });
    const counts = await filingCounts();
    const stored = uploads.list().length;

    const attempts: [string, Promise<Awaited<ReturnType<typeof submitFiling>>>][] = [
      ["unpaid", submitFiling(unpaid.filing.id, null, NOW)],
      ["open", submitFiling(open.filing.id, { paymentId: openPayment.id }, NOW)],
      ["too little", submitFiling(tooLittle.filing.id, tooLittle.paymentRef, NOW)],
      ["another filing's payment", submitFiling(unpaid.filing.id, other.paymentRef, NOW)],
      ["unsigned", submitFiling(unsigned.filing.id, unsigned.paymentRef, NOW)],
      ["no documents", submitFiling(noDocuments.filing.id, noDocuments.paymentRef, NOW)],
    ];
    for (const [what, attempt] of attempts) {
      expect(await attempt, what).toMatchObject({ ok: false, code: "not_ready" });
    }
    expect(await filingCounts()).toEqual(counts);
    expect(uploads.list()).toHaveLength(stored);
    expect(await db().filing.count({ where: { status: "DRAFT" } })).toBe(6);
  });

  it("the officer sees the filing on the case page and in the work queue until acting on it", async () => {
    const { filing, kinds, paymentRef } = await readyI765();
    const result = await submitFiling(filing.id, paymentRef, NOW);
    if (!result.ok) throw new Error(result.message);
    const { session } = await officer();

    const queue = await workQueue(session);
    expect(queue!.items).toEqual([
      expect.objectContaining({
        receiptNumber: result.receiptNumber,
        waiting: { kind: "filing", confirmationNumber: result.confirmationNumber },
      }),
    ]);

    const view = await caseForOfficer(session, result.receiptNumber!);
    const online = view!.onlineFiling!;
    expect(online.confirmationNumber).toBe(result.confirmationNumber);
    expect(online.parts.map((p) => p.title)).toContain("Part 2. Information about you");
    expect(online.documents.map((d) => d.kind)).toEqual(kinds);
    expect(online.documents.every((d) => d.documentId)).toBe(true);
    expect(online.filedFormDocumentId).not.toBeNull();
    expect(online.payments).toEqual([
      expect.objectContaining({
        amountCents: 26_000,
        status: "PAID",
        stripeCheckoutSessionId: expect.stringMatching(/^cs_test_/),
        stripePaymentIntentId: expect.stringMatching(/^pi_test_/),
      }),
    ]);
    expect(online.signature).toMatchObject({ name: "Ana Diaz", address: "203.0.113.7", userAgent: "vitest integration browser" });

    await addStatusEvent(result.receiptNumber!, "Case Is Being Actively Reviewed");
    expect((await workQueue(session))!.items).toEqual([]);
    const paperCase = await caseForOfficer(session, result.receiptNumber!);
    expect(paperCase!.status).toBe("Case Is Being Actively Reviewed");
  });

  it("the stored filed form is the one recorded (its digest matches)", async () => {
    const { filing, paymentRef } = await readyI765();
    const result = await submitFiling(filing.id, paymentRef, NOW);
    if (!result.ok) throw new Error(result.message);
    const filed = await db().document.findFirstOrThrow({ where: { caseId: result.caseId!, uploaderId: null } });
    const bytes = await bytesOf(filed.storageKey);
    expect(bytes.length).toBe(filed.size);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(filed.sha256);
  });
});
