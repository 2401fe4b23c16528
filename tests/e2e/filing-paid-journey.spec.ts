// The whole online filing of a fee-paying I-765, as a person does it: from the dashboard through
// every page, the documents, the check page and the signature, paying on the payment page (the
// Stripe stand-in, reached through the SDK), to the confirmation; then the receipt notice read,
// the case on the dashboard and the case alert at the SMTP server.
import { createAccount, signInWithEmailCode } from "./accounts";
import { E2E_STRIPE_PORT } from "./e2e-env";
import { answerAndContinue, heading, I765_ASYLUM_PAGES } from "./filing-pages";
import { db, expect, expectAccessible, PDF, test } from "./fixtures";
import { pdfText } from "../support/pdf-text";

const ALERT_SUBJECT = "There is an update in your account";

// A first card while a green card application filed after the April 2024 fee rule is pending:
// the reduced fee ($260). The same pages as the asylum journey, with (c)(9) and its follow-up page.
const I765_PENDING_I485_PAGES = I765_ASYLUM_PAGES.flatMap((step) => {
  if (step.title === "Your eligibility category") {
    return [
      step.answers.category ? { ...step, answers: { category: "c9" } } : step,
      { title: "Your pending green card application", answers: { i485ReceiptNumber: "MSC-25-123-45678", i485FiledOn: "2025-06-02" } },
    ];
  }
  if (step.title === "Have you ever been arrested for or convicted of any crime?") return [];
  return [step];
});

test("an I-765 that pays the fee: from the dashboard to the receipt notice, one payment and one case", async ({ page, mail }) => {
  test.setTimeout(300_000);
  const account = await createAccount({ label: "i765-paid", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);

  await page.getByRole("link", { name: "File a form online" }).click();
  await expect(page.getByTestId("catalogue-form").first()).toBeVisible();
  await expectAccessible(page, "the catalogue of forms");
  await page
    .getByTestId("catalogue-form")
    .filter({ hasText: "I-765" })
    .getByRole("button", { name: /^Start I-765/ })
    .click();
  await expect(page).toHaveURL(/\/file\/[0-9a-f-]{36}$/);
  const filingId = page.url().split("/").at(-1)!;

  await page.getByRole("link", { name: "About your application" }).click();
  for (const { title, answers } of I765_PENDING_I485_PAGES) await answerAndContinue(page, title, answers);

  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/check$`));
  await expect(page.getByTestId("fee")).toContainText("$260.00");
  await page.getByTestId("missing").getByRole("link").first().click();
  for (const label of [
    "A recent passport-style photo",
    "Your passport or another government identity document with your photo",
    "The receipt notice of your Form I-485",
  ]) {
    const section = page.getByTestId("document-rule").filter({ has: page.getByRole("heading", { name: label }) });
    await section.getByLabel(`Upload a file for: ${label}`).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: PDF });
    await section.locator(`button[type="submit"]`).click();
    await expect(section.getByTestId("uploaded-files")).toContainText("scan.pdf");
  }
  await page.getByRole("link", { name: "Continue to check your answers" }).click();
  await expect(page.getByTestId("missing")).toHaveCount(0);
  await expect(page.getByText("MSC2512345678")).toBeVisible();
  await expectAccessible(page, "check your answers, complete");
  await page.getByRole("link", { name: "Continue to sign" }).click();
  await page.getByLabel("Your full name").fill("Selam Haile");
  await page.getByLabel(/I certify, under penalty of perjury/).check();
  await expectAccessible(page, "the sign page");
  await page.getByRole("button", { name: "Sign and continue to payment" }).click();

  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/pay$`));
  await expect(page.getByTestId("fee-amount")).toHaveText("$260.00");
  await page.getByRole("button", { name: "Pay $260.00" }).click();
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${E2E_STRIPE_PORT}/pay/cs_test_\\w+$`));
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry date").fill("12 / 40");
  await page.getByLabel("Security code (CVC)").fill("123");
  await page.getByLabel("Name on card").fill("Selam Haile");
  const paidAt = Date.now();
  await page.getByRole("button", { name: "Pay $260.00" }).click();

  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`), { timeout: 30_000 });
  await expect(heading(page, "Form submitted")).toBeVisible();
  const receipt = (await page.getByTestId("receipt-number").textContent())!.trim();
  expect(receipt).toMatch(/^IOE\d{10}$/);
  await expect(page.getByText("Fee paid: $260.00")).toBeVisible();
  await expectAccessible(page, "the confirmation after paying");

  // The receipt notice, downloaded from the confirmation page and read.
  const noticeHref = await page.getByRole("link", { name: "Receipt notice (PDF)" }).getAttribute("href");
  const notice = await page.request.get(noticeHref!);
  expect(notice.headers()["content-type"]).toBe("application/pdf");
  const noticeText = await pdfText(await notice.body());
  expect(noticeText).toContain(`Receipt number: ${receipt}`);
  expect(noticeText).toContain("Fee paid: $260.00");
  expect(noticeText).toContain("Applicant: Selam Haile");
  const filedHref = await page.getByRole("link", { name: "Your filed I-765 (PDF)" }).getAttribute("href");
  const filedText = await pdfText(await (await page.request.get(filedHref!)).body());
  expect(filedText).toContain("MSC2512345678");
  expect(filedText).toContain("Selam Haile");

  // The case alert at the SMTP server; the case on the dashboard, with its first status.
  await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith(ALERT_SUBJECT) && m.receivedAt.getTime() >= paidAt,
    20_000,
  );
  await page.goto("/dashboard");
  const card = page.locator(`[data-receipt="${receipt}"]`);
  await expect(card).toContainText("Case Was Received and A Receipt Notice Was Emailed");
  await expectAccessible(page, "the dashboard with the case filed online");

  const payments = await db<{ status: string; amountCents: number }>(
    `SELECT status::text, "amountCents" FROM "Payment" WHERE "filingId" = $1`,
    [filingId],
  );
  expect(payments).toEqual([{ status: "PAID", amountCents: 26_000 }]);
  const cases = await db<{ n: number }>(`SELECT count(*)::int AS n FROM "Case" WHERE "ownerId" = $1`, [account.id]);
  expect(cases[0].n).toBe(1);
});
