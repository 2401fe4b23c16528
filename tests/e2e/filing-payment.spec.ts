// Paying a filing's fee on the Stripe stand-in's hosted page (reached through the stripe SDK, as
// Stripe would be): a declined card, back to the portal with what happened, then a card that pays;
// the signed webhook files the form, and there is exactly one paid payment and one case.
import { arrange } from "./arrange";
import { createAccount, signInWithEmailCode } from "./accounts";
import { E2E_STRIPE_PORT } from "./e2e-env";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, PDF, test, type Page } from "./fixtures";

const STANDIN_PAGE = new RegExp(`^http://127\\.0\\.0\\.1:${E2E_STRIPE_PORT}/pay/cs_test_\\w+$`);

async function enterCard(page: Page, cardNumber: string): Promise<void> {
  await page.getByLabel("Card number").fill(cardNumber);
  await page.getByLabel("Expiry date").fill("12 / 40");
  await page.getByLabel("Security code (CVC)").fill("123");
  await page.getByLabel("Name on card").fill("Ana Diaz");
  await page.getByRole("button", { name: "Pay $260.00" }).click();
}

test("a declined card, then one that pays: the form is filed once, with one paid payment and one case", async ({ page, mail }) => {
  const account = await createAccount({ label: "payment", methods: ["EMAIL"] });
  const { id: filingId } = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: account.id });
  await signInWithEmailCode(page, mail, account);

  await page.goto(`/file/${filingId}/pay`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pay the filing fee");
  await expect(page.getByTestId("fee-amount")).toHaveText("$260.00");
  // The same on paper, so no word of a paper price.
  await expect(
    page.getByText("A reduced fee: your Form I-485, filed on or after April 1, 2024, is pending.", { exact: true }),
  ).toBeVisible();
  await expect(page.getByText("Test payments: no money moves")).toBeVisible();
  await expectAccessible(page, "the pay page");

  await page.getByRole("button", { name: "Pay $260.00" }).click();
  await expect(page).toHaveURL(STANDIN_PAGE);
  const paymentPage = page.url();
  await expect(page.getByText("Test payment page: no money moves")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pay $260.00");
  await expectAccessible(page, "the stand-in's payment page");

  await enterCard(page, "4000 0000 0000 0002");
  await expect(page.locator("#problem")).toContainText("Your card was declined.");
  await expect(page.locator("#problem")).toBeFocused();
  await expectAccessible(page, "the stand-in's payment page after a decline");

  await page.getByRole("link", { name: "Cancel and return" }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/pay\\?returned=1$`));
  const problem = page.getByTestId("payment-problem");
  await expect(problem).toContainText("Your payment was not made");
  await expect(problem).toContainText("Your card was declined. No money was taken.");
  await expect(problem).toContainText("Your answers, documents and signature are kept.");
  await expectAccessible(page, "the pay page after a declined card");
  const [draft] = await db<{ status: string }>(`SELECT status::text FROM "Filing" WHERE id = $1`, [filingId]);
  expect(draft.status).toBe("DRAFT");

  // Try again: the same payment page (the session is still open), now with the card that pays.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page).toHaveURL(STANDIN_PAGE);
  expect(page.url()).toBe(paymentPage);
  await enterCard(page, "4242 4242 4242 4242");

  // Back on the portal: "Payment received" until Stripe's event is handled, then the confirmation.
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/(pay/return\\?session_id=cs_test_\\w+|confirmation)$`));
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`), { timeout: 30_000 });
  await expect(page.getByTestId("receipt-number")).toHaveText(/^IOE-?\d/);
  await expect(page.getByText("Fee paid: $260.00")).toBeVisible();
  await expectAccessible(page, "the confirmation after paying");

  const payments = await db<{ status: string; amountCents: number; stripePaymentIntentId: string | null }>(
    `SELECT status::text, "amountCents", "stripePaymentIntentId" FROM "Payment" WHERE "filingId" = $1`,
    [filingId],
  );
  expect(payments).toHaveLength(1);
  expect(payments[0]).toMatchObject({ status: "PAID", amountCents: 26_000 });
  expect(payments[0].stripePaymentIntentId).toMatch(/^pi_/);
  const cases = await db<{ n: number }>(`SELECT count(*)::int AS n FROM "Case" WHERE "ownerId" = $1`, [account.id]);
  expect(cases[0].n).toBe(1);

  // The payment page cannot be used again, and the pay page now leads to the confirmation.
  await expectBrowserError(page, failedToLoad(410), () => page.goto(paymentPage));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already paid");
  await page.goto(`/file/${filingId}/pay`);
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`));
});

test("an unsigned form cannot be paid for yet, and another person's form is not found", async ({ page, mail }) => {
  const account = await createAccount({ label: "payment-unsigned", methods: ["EMAIL"] });
  const someoneElse = await createAccount({ label: "payment-other", methods: ["EMAIL"] });
  const { id: othersFiling } = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: someoneElse.id });
  const { id: filingId } = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: account.id, signed: false });
  await signInWithEmailCode(page, mail, account);

  await page.goto(`/file/${filingId}/pay`);
  await expect(page.getByRole("heading", { name: "Sign the form first" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Pay/ })).toHaveCount(0);
  await expectAccessible(page, "the pay page of an unsigned form");
  await expect(page.getByRole("link", { name: "Sign the form" })).toHaveAttribute("href", `/file/${filingId}/sign`);

  for (const path of [`/file/${othersFiling}/pay`, `/file/${othersFiling}/pay/return`, "/file/not-an-id/pay"]) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(path));
    expect(response?.status(), path).toBe(404);
  }
  const [others] = await db<{ n: number }>(`SELECT count(*)::int AS n FROM "Payment" WHERE "filingId" = $1`, [othersFiling]);
  expect(others.n).toBe(0);
});

test("changing the form after opening its payment page closes that page; signed again, a new page takes the payment", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "pay-then-change", methods: ["EMAIL"] });
  const { id: filingId } = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: account.id });
  await signInWithEmailCode(page, mail, account);

  await page.goto(`/file/${filingId}/pay`);
  await page.getByRole("button", { name: "Pay $260.00" }).click();
  await expect(page).toHaveURL(STANDIN_PAGE);
  const firstPaymentPage = page.url();
  await page.getByRole("link", { name: "Cancel and return" }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/pay\\?returned=1$`));

  // A document is replaced: the draft changes, so its signature goes and the open page is closed.
  await page.goto(`/file/${filingId}/documents`);
  const label = "A recent passport-style photo";
  const section = page.getByTestId("document-rule").filter({ has: page.getByRole("heading", { name: label }) });
  await section.getByRole("button", { name: /^Remove/ }).click();
  await expect(section.getByTestId("not-uploaded")).toBeVisible();
  await section
    .getByLabel(`Upload a file for: ${label}`)
    .setInputFiles({ name: "new-photo.pdf", mimeType: "application/pdf", buffer: PDF });
  await section.locator(`button[type="submit"]`).click();
  await expect(section.getByTestId("uploaded-files")).toContainText("new-photo.pdf");

  await expectBrowserError(page, failedToLoad(410), () => page.goto(firstPaymentPage));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This payment page has expired");

  await page.goto(`/file/${filingId}/sign`);
  await page.getByLabel("Your full name").fill("Ana Diaz");
  await page.getByLabel(/I certify, under penalty of perjury/).check();
  await page.getByRole("button", { name: "Sign and continue to payment" }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/pay$`));
  await expect(page.getByTestId("payment-problem")).toContainText(
    "The form changed after this payment was started, so that payment page was closed. No money was taken.",
  );
  await expectAccessible(page, "the pay page after the form changed");

  await page.getByRole("button", { name: /^(Try again|Pay \$260\.00)$/ }).click();
  await expect(page).toHaveURL(STANDIN_PAGE);
  expect(page.url()).not.toBe(firstPaymentPage);
  await enterCard(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`), { timeout: 30_000 });

  const payments = await db<{ status: string }>(`SELECT status::text FROM "Payment" WHERE "filingId" = $1 ORDER BY "createdAt"`, [
    filingId,
  ]);
  expect(payments.map((p) => p.status)).toEqual(["FAILED", "PAID"]);
  const filed = await db<{ name: string }>(
    `SELECT d.name FROM "Document" d JOIN "Case" c ON c.id = d."caseId" WHERE c."ownerId" = $1 AND d.name = 'new-photo.pdf'`,
    [account.id],
  );
  expect(filed).toHaveLength(1);
});

test("paid but not yet filed after two minutes: the warning that appears on its own is announced", async ({ page, mail }) => {
  const account = await createAccount({ label: "payment-slow", methods: ["EMAIL"] });
  const { id: filingId } = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: account.id });
  await signInWithEmailCode(page, mail, account);
  // Paid 1 minute 35 seconds ago, and Stripe's event never comes: the page passes two minutes while
  // open (25 seconds leave a busy machine time to show the page before the warning is due).
  await db(
    `INSERT INTO "Payment" (id, "filingId", "amountCents", status, "idempotencyKey", "stripeCheckoutSessionId", "checkoutUrl", "paidAt")
     VALUES (gen_random_uuid(), $1, 26000, 'PAID', $2, $3, 'https://checkout.invalid/slow', now() - interval '95 seconds')`,
    [filingId, `slow-${filingId}`, `cs_test_slow_${filingId.replaceAll("-", "")}`],
  );

  await page.goto(`/file/${filingId}/pay/return`);
  await expect(page.getByTestId("payment-received")).toBeVisible();
  const slow = page.getByTestId("payment-slow");
  await expect(slow).toHaveRole("status");
  await expect(slow).toBeEmpty();
  await expect(slow).toContainText("This is taking longer than usual", { timeout: 30_000 });
  await expectAccessible(page, "the payment return page after two minutes");
});
