// Paying a filing's fee through the real stripe SDK against the local stand-in, and Stripe's
// webhook: the fee from the answers only, one session per attempt, and exactly one case however
// often or however concurrently the paid event arrives. Run on both engines (PGlite hides races).
import http from "node:http";
import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { submitFiling } from "@/lib/filing/submit-filing";
import { submit } from "@/tests/support/action-input";
import { createUser, info, useUploadDir } from "@/tests/support/factories";
import { ar11Answers, draftFiling } from "@/tests/support/filing-factories";
import { I765_DOCUMENTS, i765Answers } from "@/tests/support/payment-factories";
import { removeDraftDocument, zRemoveDraftDocument } from "@/lib/filing/draft-documents";
import { deleteDraft, saveDraftPage, zDraftRef } from "@/lib/filing/drafts";
import { makeJobsDueNow, queuedJobs, runDueJobs } from "@/tests/support/job-queue";
import { closeSession, PAYMENT_MESSAGES } from "./checkout-sessions";
import { CHANGE_REFUSALS } from "./open-checkouts";
import { payPageView } from "./payment-views";
import { StripeStandin } from "./standin/stripe-standin";
import { CARD_DECLINED, CARD_PAYS } from "./standin/test-cards";
import { startPayment, zStartPayment } from "./start-payment";
import { receiveStripeWebhook } from "./webhook";

// Counts the calls while keeping the real submission.
vi.mock("@/lib/filing/submit-filing", async (importOriginal) => {
  const real = await importOriginal<{ submitFiling: typeof submitFiling }>();
  return { ...real, submitFiling: vi.fn(real.submitFiling) };
});

const SECRET = "whsec_integration_test_secret";

const card = (cardNumber: string) => ({ cardNumber, expiry: "12 / 40", cvc: "123", name: "Ana Diaz" });

// The portal's end of the webhook: in "handle" mode each delivery goes through receiveStripeWebhook
// as the route does; in "capture" mode it is only kept, for a test to deliver (again, or at once).
type Delivery = { payload: string; signature: string; type: string };
const deliveries: Delivery[] = [];
let mode: "handle" | "capture" = "handle";
let portal: http.Server;
let standin: StripeStandin;
let standinWebhookUrl: string;
let uploads: ReturnType<typeof useUploadDir>;

beforeAll(async () => {
  portal = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const payload = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["stripe-signature"] ?? "");
      deliveries.push({ payload, signature, type: (JSON.parse(payload) as { type: string }).type });
      if (mode === "capture") return void res.writeHead(200).end();
      receiveStripeWebhook(payload, signature).then(
        (answer) => res.writeHead(answer.status).end(JSON.stringify(answer.body)),
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => portal.listen(0, "127.0.0.1", resolve));
  const { port } = portal.address() as { port: number };
  standinWebhookUrl = `http://127.0.0.1:${port}/api/payments/webhook`;
  standin = new StripeStandin({ webhookUrl: standinWebhookUrl, webhookSecret: SECRET, retryDelaysMs: [] });
  await standin.start();
});

afterAll(async () => {
  await standin.stop();
  await new Promise((resolve) => portal.close(resolve));
});

beforeEach(() => {
  process.env.STRIPE_API_URL = standin.url;
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
  process.env.APP_URL = "http://portal.test";
  resetEnvCache();
  uploads = useUploadDir();
  deliveries.length = 0;
  mode = "handle";
  vi.mocked(submitFiling).mockClear();
});

afterEach(() => uploads.cleanup());

async function applicant(): Promise<Actor> {
  const user = await createUser("COMPLETE");
  return { id: user.id, email: user.email, role: "APPLICANT" };
}

async function readyI765(actor: Actor, overrides: Record<string, string> = {}) {
  return draftFiling(actor.id, "I-765", i765Answers(overrides), { documents: I765_DOCUMENTS });
}

async function pay(actor: Actor, filingId: string, fields: Record<string, string> = {}) {
  const result = await submit(zStartPayment, { filingId, ...fields }, (input) => startPayment(actor, input, info));
  if (!result.ok) throw new Error(`startPayment refused: ${JSON.stringify(result)}`);
  const sessionId = /\/pay\/(cs_test_\w+)$/.exec(result.checkoutUrl)?.[1];
  if (!sessionId) throw new Error(`not a stand-in payment page: ${result.checkoutUrl}`);
  return { checkoutUrl: result.checkoutUrl, sessionId };
}

async function counts() {
  const [cases, notices, documents, submitted, paid, open, failed, events, outbox] = await Promise.all([
    db().case.count(),
    db().notice.count(),
    db().document.count(),
    db().filing.count({ where: { status: "SUBMITTED" } }),
    db().payment.count({ where: { status: "PAID" } }),
    db().payment.count({ where: { status: "OPEN" } }),
    db().payment.count({ where: { status: "FAILED" } }),
    db().stripeEvent.count(),
    db().outboundMessage.count(),
  ]);
  return { cases, notices, documents, submitted, paid, open, failed, events, outbox };
}

/** Pays on the stand-in's page with events only captured; returns the completed event's delivery. */
async function paidButNotDelivered(actor: Actor) {
  const filing = await readyI765(actor);
  const { sessionId } = await pay(actor, filing.id);
  mode = "capture";
  expect((await standin.submitCard(sessionId, card(CARD_PAYS))).status).toBe(303);
  await standin.settled();
  const delivery = deliveries.find((d) => d.type === "checkout.session.completed");
  if (!delivery) throw new Error("no completed event was sent");
  return { filing, sessionId, delivery };
}

describe("starting a payment", () => {
  it("charges the fee computed from the saved answers: an amount sent with the form is ignored", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);

    const { sessionId } = await pay(actor, filing.id, { amount: "1", amountCents: "100", feeCents: "0", fee: "0.01" });

    expect(standin.session(sessionId)).toMatchObject({
      amount_total: 26_000,
      currency: "usd",
      client_reference_id: filing.id,
      status: "open",
    });
    const payment = await db().payment.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(payment).toMatchObject({ amountCents: 26_000, status: "OPEN", stripeCheckoutSessionId: sessionId });
    expect(await db().filing.findUniqueOrThrow({ where: { id: filing.id } })).toMatchObject({
      feeCents: 26_000,
      feeRule: "2024-04-01:I-765:c9-pending-i485",
    });
  });

  it("a fee-exempt answer or a form without a fee has nothing to pay: refused, no session", async () => {
    const actor = await applicant();
    const exempt = await draftFiling(actor.id, "I-765", i765Answers({ category: "c8" }));
    const ar11 = await draftFiling(actor.id, "AR-11", ar11Answers());
    const sessionsBefore = standin.allSessions().length;
    for (const filing of [exempt, ar11]) {
      expect(await startPayment(actor, { filingId: filing.id }, info)).toMatchObject({ ok: false, code: "not_applicable" });
    }
    expect(standin.allSessions()).toHaveLength(sessionsBefore);
    expect(await db().payment.count()).toBe(0);
  });

  it("a double click, at once or later, reuses the one Checkout Session", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const before = standin.allSessions().length;

    const [first, second] = await Promise.all([pay(actor, filing.id), pay(actor, filing.id)]);
    const third = await pay(actor, filing.id);

    expect(second.sessionId).toBe(first.sessionId);
    expect(third.sessionId).toBe(first.sessionId);
    expect(standin.allSessions().length - before).toBe(1);
    expect(await db().payment.count({ where: { filingId: filing.id } })).toBe(1);
  });

  it("refuses an unsigned, incomplete, submitted, unknown or someone else's filing, changing nothing", async () => {
    const actor = await applicant();
    const other = await applicant();
    const unsigned = await draftFiling(actor.id, "I-765", i765Answers(), { signedAs: false, documents: I765_DOCUMENTS });
    const incomplete = await draftFiling(actor.id, "I-765", i765Answers(), { documents: ["photo"] });
    const submitted = await readyI765(actor);
    await db().filing.update({ where: { id: submitted.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    const othersFiling = await readyI765(other);
    const sessionsBefore = standin.allSessions().length;
    const before = await counts();

    expect(await startPayment(actor, { filingId: unsigned.id }, info)).toMatchObject({
      ok: false,
      code: "not_allowed",
      message: "Sign the form before paying its fee.",
    });
    expect(await startPayment(actor, { filingId: incomplete.id }, info)).toMatchObject({ ok: false, code: "not_allowed" });
    expect(await startPayment(actor, { filingId: submitted.id }, info)).toMatchObject({
      ok: false,
      code: "not_allowed",
      message: "This form has been filed already. Its fee cannot be paid again.",
    });
    // A post without the filing's id (not from the page) is an unknown filing, not a parser's message.
    expect(await submit(zStartPayment, {}, (input) => startPayment(actor, input, info))).toMatchObject({ ok: false, code: "not_found" });
    for (const filingId of [othersFiling.id, "not-an-id", "00000000-0000-0000-0000-000000000000"]) {
      expect(await startPayment(actor, { filingId }, info)).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await submit(zStartPayment, { filingId: "x".repeat(500) }, (input) => startPayment(actor, input, info))).toMatchObject({
      ok: false,
      code: "invalid_input",
    });

    expect(await counts()).toEqual(before);
    expect(await db().payment.count()).toBe(0);
    expect(standin.allSessions().length).toBe(sessionsBefore);
  });
});

describe("paying and Stripe's webhook", () => {
  it("a paid session marks the payment PAID and files the form once: a case, its receipt notice and the filed form", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const { sessionId } = await pay(actor, filing.id);

    expect((await standin.submitCard(sessionId, card(CARD_PAYS))).location).toBe(
      `http://portal.test/file/${filing.id}/pay/return?session_id=${sessionId}`,
    );
    await standin.settled();

    const payment = await db().payment.findFirstOrThrow({ where: { filingId: filing.id } });
    expect(payment).toMatchObject({ status: "PAID", stripePaymentIntentId: standin.session(sessionId)!.payment_intent });
    const filed = await db().filing.findUniqueOrThrow({ where: { id: filing.id } });
    expect(filed.status).toBe("SUBMITTED");
    expect(filed.caseId).not.toBeNull();
    expect(await db().case.count({ where: { ownerId: actor.id } })).toBe(1);
    expect(vi.mocked(submitFiling)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(submitFiling)).toHaveBeenCalledWith(filing.id, { paymentId: payment.id });
    expect(await payPageView(actor, filing.id, false)).toEqual({ kind: "submitted", filingId: filing.id });
  });

  it("the same event delivered again changes nothing more: one case, one submission", async () => {
    const actor = await applicant();
    const { delivery } = await paidButNotDelivered(actor);

    expect(await receiveStripeWebhook(delivery.payload, delivery.signature)).toMatchObject({ status: 200, body: { received: true } });
    const once = await counts();
    expect(once).toMatchObject({ cases: 1, submitted: 1, paid: 1, events: 1 });

    for (let i = 0; i < 2; i++) {
      expect(await receiveStripeWebhook(delivery.payload, delivery.signature)).toMatchObject({ status: 200, body: { duplicate: true } });
    }
    expect(await counts()).toEqual(once);
    expect(vi.mocked(submitFiling)).toHaveBeenCalledTimes(1);
  });

  it("the same event delivered twice at once makes one case and one submission", async () => {
    const actor = await applicant();
    const { filing, delivery } = await paidButNotDelivered(actor);

    const answers = await Promise.all([1, 2, 3].map(() => receiveStripeWebhook(delivery.payload, delivery.signature)));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await counts()).toMatchObject({ cases: 1, submitted: 1, paid: 1, events: 1 });
    expect(vi.mocked(submitFiling)).toHaveBeenCalledTimes(1);
    expect(await db().case.count({ where: { filing: { id: filing.id } } })).toBe(1);
  });

  it("two different paid events for the same session at once still make exactly one case", async () => {
    const actor = await applicant();
    const { filing, delivery } = await paidButNotDelivered(actor);
    const event = JSON.parse(delivery.payload) as { id: string };
    const twin = JSON.stringify({ ...event, id: `${event.id}twin` });
    const twinSignature = Stripe.webhooks.generateTestHeaderString({ payload: twin, secret: SECRET });

    const answers = await Promise.all([
      receiveStripeWebhook(delivery.payload, delivery.signature),
      receiveStripeWebhook(twin, twinSignature),
    ]);

    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await counts()).toMatchObject({ cases: 1, submitted: 1, paid: 1, events: 2 });
    expect(await db().notice.count({ where: { case: { filing: { id: filing.id } } } })).toBe(1);
  });

  it("a bad signature is refused with 400 and changes nothing", async () => {
    const actor = await applicant();
    const { filing, delivery } = await paidButNotDelivered(actor);
    const before = await counts();
    const tampered = delivery.payload.replace('"amount_total":26000', '"amount_total":100');
    const otherSecret = Stripe.webhooks.generateTestHeaderString({ payload: delivery.payload, secret: "whsec_someone_else_secret" });
    const stale = Stripe.webhooks.generateTestHeaderString({
      payload: delivery.payload,
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });

    for (const [payload, signature] of [
      [tampered, delivery.signature],
      [delivery.payload, otherSecret],
      [delivery.payload, stale],
      [delivery.payload, ""],
      [delivery.payload, "t=1,v1=00"],
    ] as const) {
      expect(await receiveStripeWebhook(payload, signature || null)).toEqual({
        status: 400,
        body: { error: "The signature of this event is not valid." },
      });
    }

    expect(await counts()).toEqual(before);
    expect(await db().payment.findFirstOrThrow({ where: { filingId: filing.id } })).toMatchObject({ status: "OPEN" });
    expect(vi.mocked(submitFiling)).not.toHaveBeenCalled();
  });

  it("an event for a session the portal did not start is answered 200, logged, and changes nothing", async () => {
    const actor = await applicant();
    const { delivery } = await paidButNotDelivered(actor);
    const before = await counts();
    const event = JSON.parse(delivery.payload) as { id: string; data: { object: Record<string, unknown> } };
    const unknown = JSON.stringify({
      ...event,
      id: "evt_unknown_session",
      data: { object: { ...event.data.object, id: "cs_test_notours" } },
    });

    const answer = await receiveStripeWebhook(unknown, Stripe.webhooks.generateTestHeaderString({ payload: unknown, secret: SECRET }));

    expect(answer).toEqual({ status: 200, body: { received: true, unknownSession: true } });
    expect(await counts()).toEqual(before);
    expect(await db().stripeEvent.findUnique({ where: { id: "evt_unknown_session" } })).toBeNull();
    expect(vi.mocked(submitFiling)).not.toHaveBeenCalled();
  });
});

describe("a declined card, an abandoned or expired payment", () => {
  it("a decline keeps the draft and says so; paying on the same page afterwards makes one payment and one case", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const { sessionId } = await pay(actor, filing.id);

    expect((await standin.submitCard(sessionId, card(CARD_DECLINED))).body).toContain("Your card was declined.");
    expect(await payPageView(actor, filing.id, true)).toMatchObject({
      kind: "pay",
      problem: "Your card was declined. No money was taken.",
    });
    expect(await db().filing.findUniqueOrThrow({ where: { id: filing.id } })).toMatchObject({ status: "DRAFT" });

    // "Try again": the same session, still open.
    expect((await pay(actor, filing.id)).sessionId).toBe(sessionId);
    await standin.submitCard(sessionId, card(CARD_PAYS));
    await standin.settled();
    expect(await counts()).toMatchObject({ cases: 1, submitted: 1, paid: 1, open: 0, failed: 0 });
  });

  it("leaving the payment page says so; an expired session marks the payment FAILED and the next try is a new session", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const first = await pay(actor, filing.id);
    expect(await payPageView(actor, filing.id, true)).toMatchObject({ kind: "pay", problem: PAYMENT_MESSAGES.left });

    await new Stripe("sk_test_x", { host: "127.0.0.1", port: standin.port, protocol: "http" }).checkout.sessions.expire(first.sessionId);
    await standin.settled();

    expect(await db().payment.findFirstOrThrow({ where: { filingId: filing.id } })).toMatchObject({
      status: "FAILED",
      failureMessage: PAYMENT_MESSAGES.expired,
    });
    expect(await payPageView(actor, filing.id, false)).toMatchObject({ kind: "pay", problem: PAYMENT_MESSAGES.expired });
    const second = await pay(actor, filing.id);
    expect(second.sessionId).not.toBe(first.sessionId);
    const payments = await db().payment.findMany({ where: { filingId: filing.id }, orderBy: { createdAt: "asc" } });
    expect(payments.map((p) => [p.status, p.idempotencyKey])).toEqual([
      ["FAILED", `filing-fee:${filing.id}:26000:1`],
      ["OPEN", `filing-fee:${filing.id}:26000:2`],
    ]);
    expect(await counts()).toMatchObject({ cases: 0, submitted: 0 });
  });
});

describe("a filing stays as it is paid for", () => {
  const removeFirstDocument = async (actor: Actor, filingId: string) => {
    const document = await db().filingDocument.findFirstOrThrow({ where: { filingId } });
    return submit(zRemoveDraftDocument, { filingId, documentId: document.id }, (input) => removeDraftDocument(actor, input));
  };

  it("while the payment service does not answer, paying and changing a form with an open payment page say so and change nothing", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const { sessionId } = await pay(actor, filing.id);
    const unpaid = await readyI765(actor);
    const before = await counts();
    process.env.STRIPE_API_URL = "http://127.0.0.1:9";
    resetEnvCache();

    expect(await submit(zStartPayment, { filingId: unpaid.id }, (input) => startPayment(actor, input, info))).toMatchObject({
      ok: false,
      code: "service_unavailable",
      message: "The payment service is not answering right now. Nothing was charged. Please try again in a moment.",
    });
    expect(await removeFirstDocument(actor, filing.id)).toMatchObject({
      ok: false,
      code: "service_unavailable",
      message: expect.stringMatching(/^Nothing was changed: the payment page opened for this form must be closed first/),
    });

    expect(await counts()).toEqual(before);
    expect(await db().filingDocument.count({ where: { filingId: filing.id } })).toBe(I765_DOCUMENTS.length);
    expect(standin.session(sessionId)).toMatchObject({ status: "open" });
  });

  it("changing the form while its payment page is open closes that page for good, then saves the change", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const { sessionId } = await pay(actor, filing.id);

    expect(await removeFirstDocument(actor, filing.id)).toMatchObject({ ok: true });

    expect(standin.session(sessionId)).toMatchObject({ status: "expired" });
    expect((await standin.submitCard(sessionId, card(CARD_PAYS))).status).not.toBe(303);
    expect(await db().payment.findFirstOrThrow({ where: { filingId: filing.id } })).toMatchObject({
      status: "FAILED",
      failureMessage: PAYMENT_MESSAGES.formChanged,
    });
    expect(await db().filing.findUniqueOrThrow({ where: { id: filing.id } })).toMatchObject({ status: "DRAFT", signedAt: null });
    expect(await db().filingDocument.count({ where: { filingId: filing.id } })).toBe(I765_DOCUMENTS.length - 1);
  });

  it("the payment page's expiry event arriving before Stripe answers the close still leaves 'the form changed' as the reason", async () => {
    const eager = new StripeStandin({
      webhookUrl: standinWebhookUrl,
      webhookSecret: SECRET,
      retryDelaysMs: [],
      deliverBeforeAnswering: true,
    });
    await eager.start();
    try {
      process.env.STRIPE_API_URL = eager.url;
      resetEnvCache();
      const actor = await applicant();
      const filing = await readyI765(actor);
      const { sessionId } = await pay(actor, filing.id);

      expect(await removeFirstDocument(actor, filing.id)).toMatchObject({ ok: true });

      expect(eager.session(sessionId)).toMatchObject({ status: "expired" });
      expect(deliveries.map((delivery) => delivery.type)).toEqual(["checkout.session.expired"]);
      expect(await db().payment.findFirstOrThrow({ where: { filingId: filing.id } })).toMatchObject({
        status: "FAILED",
        failureMessage: PAYMENT_MESSAGES.formChanged,
      });
    } finally {
      await eager.stop();
    }
  });

  it("deleting a draft while its payment page is open closes the page and deletes the draft with its unpaid attempt", async () => {
    const actor = await applicant();
    const filing = await readyI765(actor);
    const { sessionId } = await pay(actor, filing.id);

    expect(await submit(zDraftRef, { filingId: filing.id }, (input) => deleteDraft(actor, input))).toMatchObject({ ok: true });

    expect(standin.session(sessionId)).toMatchObject({ status: "expired" });
    expect(await db().filing.count({ where: { id: filing.id } })).toBe(0);
    expect(await db().payment.count()).toBe(0);
  });

  it("once paid, before Stripe's event arrives, the form can be neither changed nor deleted, and is filed as it was paid for", async () => {
    const actor = await applicant();
    const { filing, delivery } = await paidButNotDelivered(actor);
    const before = await db().filing.findUniqueOrThrow({ where: { id: filing.id }, select: { answers: true, signedAt: true } });
    const refusal = { ok: false, code: "not_allowed", message: CHANGE_REFUSALS.paid };

    expect(await removeFirstDocument(actor, filing.id)).toMatchObject(refusal);
    expect(await saveDraftPage(actor, filing.id, "category", { category: "c8" })).toMatchObject(refusal);
    expect(await submit(zDraftRef, { filingId: filing.id }, (input) => deleteDraft(actor, input))).toMatchObject(refusal);
    expect(await db().filing.findUniqueOrThrow({ where: { id: filing.id }, select: { answers: true, signedAt: true } })).toEqual(before);
    expect(await db().filingDocument.count({ where: { filingId: filing.id } })).toBe(I765_DOCUMENTS.length);

    await receiveStripeWebhook(delivery.payload, delivery.signature);
    expect(await counts()).toMatchObject({ cases: 1, submitted: 1, paid: 1 });
  });

  it("a paid filing the webhook did not get to file is filed by the job added with the payment", async () => {
    const actor = await applicant();
    const { filing, delivery } = await paidButNotDelivered(actor);
    // The webhook's own try fails (as if the process died there); Stripe does not send the event again.
    vi.mocked(submitFiling).mockRejectedValueOnce(new Error("the process ended"));
    await expect(receiveStripeWebhook(delivery.payload, delivery.signature)).rejects.toThrow("the process ended");
    expect(await counts()).toMatchObject({ paid: 1, submitted: 0, cases: 0 });
    const [job] = await queuedJobs("submit-paid-filing");
    expect(job).toMatchObject({ key: `submit-paid-filing:${filing.id}`, payload: { filingId: filing.id } });
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 60_000);

    await makeJobsDueNow("submit-paid-filing");
    await runDueJobs();

    expect(await counts()).toMatchObject({ paid: 1, submitted: 1, cases: 1 });
    expect(await queuedJobs("submit-paid-filing")).toEqual([]);
  });

  it("the job finds a form the webhook filed and does nothing more", async () => {
    const actor = await applicant();
    const { delivery } = await paidButNotDelivered(actor);
    await receiveStripeWebhook(delivery.payload, delivery.signature);
    expect(await queuedJobs("submit-paid-filing")).toHaveLength(1);

    await makeJobsDueNow("submit-paid-filing");
    await runDueJobs();

    expect(await counts()).toMatchObject({ paid: 1, submitted: 1, cases: 1 });
    expect(await queuedJobs("submit-paid-filing")).toEqual([]);
  });

  it("closing a payment page says whether it had been paid first", async () => {
    const actor = await applicant();
    const open = await pay(actor, (await readyI765(actor)).id);
    const { sessionId: paidId } = await paidButNotDelivered(actor);

    expect(await closeSession(paidId)).toBe("paid");
    expect(await closeSession(open.sessionId)).toBe("closed");
    expect(standin.session(open.sessionId)).toMatchObject({ status: "expired" });
    expect(await closeSession(open.sessionId)).toBe("closed");
    expect(await closeSession("cs_test_unknown")).toBe("closed");
  });

  it("the database refuses to delete a filing with a payment still open or made", async () => {
    const actor = await applicant();
    const { filing } = await paidButNotDelivered(actor);
    await expect(db().filing.delete({ where: { id: filing.id } })).rejects.toThrow();
    expect(await db().payment.count({ where: { filingId: filing.id } })).toBe(1);
  });
});
