import { createAccount, signInWithEmailCode } from "./accounts";
import { answerAndContinue, heading, I765_ASYLUM_PAGES } from "./filing-pages";
import { db, expect, expectAccessible, PDF, test } from "./fixtures";

test("I-765 for a first card while asylum is pending: no fee, no payment step, straight to the receipt number", async ({ page, mail }) => {
  test.setTimeout(240_000);
  const account = await createAccount({ label: "i765-c8", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  await page.getByRole("link", { name: "File a form online" }).click();
  const catalogueEntry = page.getByTestId("catalogue-form").filter({ hasText: "I-765" });
  await expect(catalogueEntry.getByTestId("catalogue-fee")).toContainText("$470.00 online ($520.00 on paper)");
  // The I-765 has reduced fees and exemptions, so the catalogue says the standard fee may not be theirs.
  await expect(catalogueEntry.getByTestId("catalogue-fee-varies")).toHaveText(
    "Some people pay less or nothing, depending on their answers. You see your fee before you pay.",
  );
  const ar11 = page.getByTestId("catalogue-form").filter({ hasText: "AR-11" });
  await expect(ar11.getByTestId("catalogue-fee")).toContainText("No fee");
  await expect(ar11.getByTestId("catalogue-fee-varies")).toHaveCount(0);
  await catalogueEntry.getByRole("button", { name: /^Start I-765/ }).click();
  await expect(page).toHaveURL(/\/file\/[0-9a-f-]{36}$/);
  const filingId = page.url().split("/").at(-1)!;
  await expectAccessible(page, "the I-765 task list");

  await page.getByRole("link", { name: "About your application" }).click();
  for (const { title, answers } of I765_ASYLUM_PAGES) await answerAndContinue(page, title, answers);

  // Check your answers: the documents are still missing, so nothing can go on.
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/check$`));
  const missing = page.getByTestId("missing");
  await expect(missing).toContainText("You cannot submit this form yet");
  await expect(page.getByRole("link", { name: "Continue to sign" })).toHaveCount(0);
  await expect(page.getByTestId("fee")).toHaveText("No fee");
  await expect(page.getByText("No fee: a first card while your asylum application is pending.")).toBeVisible();
  await expectAccessible(page, "check your answers with documents missing");

  // A direct visit to the sign page goes back to the check page.
  await page.goto(`/file/${filingId}/sign`);
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/check$`));

  await missing.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/documents\\?return=check$`));
  await expect(heading(page, "Upload documents")).toBeVisible();
  await expectAccessible(page, "the documents page");
  for (const label of [
    "A recent passport-style photo",
    "Your passport or another government identity document with your photo",
    "The receipt notice of your asylum application (Form I-589)",
  ]) {
    const section = page.getByTestId("document-rule").filter({ has: page.getByRole("heading", { name: label }) });
    await section.getByLabel(`Upload a file for: ${label}`).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: PDF });
    await section.locator(`button[type="submit"]`).click();
    await expect(section.getByTestId("uploaded-files")).toContainText("scan.pdf");
  }
  // A file is removed (the photo takes one file, so a better one replaces it): its row goes, and
  // focus moves to the message that says so.
  const photoLabel = "A recent passport-style photo";
  const photo = page.getByTestId("document-rule").filter({ has: page.getByRole("heading", { name: photoLabel }) });
  await photo.getByRole("button", { name: "Remove scan.pdf" }).click();
  await expect(photo.getByTestId("removed")).toHaveText("Removed scan.pdf.");
  await expect(photo.getByTestId("removed")).toHaveRole("status");
  await expect(page.locator(":focus")).toContainText("Removed scan.pdf.");
  await expect(photo.getByTestId("not-uploaded")).toBeVisible();
  await expectAccessible(page, "the documents page after removing a file");
  await photo.getByLabel(`Upload a file for: ${photoLabel}`).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: PDF });
  await photo.locator(`button[type="submit"]`).click();
  await expect(photo.getByTestId("uploaded-files")).toContainText("scan.pdf");
  // A file that is not what its name says is refused.
  const other = page.getByTestId("document-rule").filter({ has: page.getByRole("heading", { name: /Anything else/ }) });
  await other
    .getByLabel(/^Upload a file for/)
    .setInputFiles({ name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf") });
  await other.locator(`button[type="submit"]`).click();
  await expect(other.getByTestId("error-summary")).toContainText("PDF, JPEG or PNG");
  await expectAccessible(page, "the documents page with uploads");

  await page.getByRole("link", { name: "Continue to check your answers" }).click();
  await expect(page.getByTestId("missing")).toHaveCount(0);
  await page.getByRole("link", { name: "Continue to sign" }).click();
  await expect(page.getByTestId("sign-fee")).toContainText("This form has no fee");
  await page.getByLabel("Your full name").fill("Selam Haile");
  await page.getByLabel(/I certify, under penalty of perjury/).check();
  await page.getByRole("button", { name: "Sign and submit" }).click();

  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`));
  await expect(heading(page, "Form submitted")).toBeVisible();
  const receipt = (await page.getByTestId("receipt-number").textContent())!.replace(/\W/g, "");
  expect(receipt).toMatch(/^IOE\d{10}$/);
  await expect(page.getByRole("link", { name: "Receipt notice (PDF)" })).toHaveAttribute("href", new RegExp(`^/cases/${receipt}/notices/`));
  await expect(page.getByRole("link", { name: "Your filed I-765 (PDF)" })).toHaveAttribute(
    "href",
    new RegExp(`^/cases/${receipt}/documents/`),
  );
  await expectAccessible(page, "the I-765 confirmation");

  const [filing] = await db<{ status: string; feeCents: number; signatureAddress: string | null; signatureUserAgent: string | null }>(
    `SELECT status, "feeCents", "signatureAddress", "signatureUserAgent" FROM "Filing" WHERE id = $1`,
    [filingId],
  );
  expect(filing).toMatchObject({ status: "SUBMITTED", feeCents: 0 });
  expect(filing.signatureUserAgent).toContain("Chrome");
  expect((await db(`SELECT id FROM "Payment" WHERE "filingId" = $1`, [filingId])).length).toBe(0);

  // The case is on the dashboard; the draft is not.
  await page.goto("/dashboard");
  await expect(page.locator(`[data-receipt="${receipt}"]`)).toBeVisible();
  await expect(page.getByTestId("draft-list")).toHaveCount(0);
});
