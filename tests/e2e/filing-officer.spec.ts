import fs from "node:fs";
import { pdfText } from "../support/pdf-text";
import { createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { db, expect, expectAccessible, test } from "./fixtures";

type Submitted = { filingId: string; receiptNumber: string; confirmationNumber: string };

test("an online filing waits in the work queue; the officer's case page shows the filing as submitted, and the usual actions work on it", async ({
  page,
  mail,
  browser,
  serverErrors,
}) => {
  const officer = await createOfficerAccount({ label: "filing-officer" });
  const applicant = await createAccount({ label: "filing-applicant" });
  const filed = await arrange<Submitted>({ op: "submitted-filing", ownerId: applicant.id });

  await signInWithEmailCode(page, mail, officer);
  await expect(page).toHaveURL(/\/agency$/);
  const row = page.getByTestId("work-queue").locator("tbody tr", { hasText: filed.receiptNumber });
  await expect(row).toContainText("New online filing");
  await expect(row).toContainText("I-765");
  await expectAccessible(page, "the work queue with an online filing");

  await row.getByRole("link", { name: filed.receiptNumber }).click();
  await expect(page).toHaveURL(new RegExp(`/agency/cases/${filed.receiptNumber}$`));
  await expect(page.getByTestId("officer-status")).toContainText("Case Was Received and A Receipt Notice Was Emailed");
  await expect(page.getByTestId("owner-email")).toHaveText(applicant.email);
  const section = page.getByTestId("filed-online");
  await expect(section.getByRole("heading", { level: 2, name: "Filed online" })).toBeVisible();
  await expect(page.getByTestId("filing-facts")).toContainText(filed.confirmationNumber);
  await expect(page.getByTestId("filing-facts")).toContainText("$260.00");
  const answers = page.getByTestId("filing-answers");
  await expect(answers.getByRole("heading", { level: 4, name: /Information about you/ })).toBeVisible();
  await expect(answers).toContainText("Diaz");
  await expect(answers).toContainText("(c)(9)");
  await expect(page.getByTestId("filing-documents")).toContainText("photo.pdf");
  await expect(page.getByTestId("filing-payment")).toContainText(/cs_test_[0-9a-f]{32}/);
  await expect(page.getByTestId("filing-payment")).toContainText(/pi_test_[0-9a-f]{32}/);
  await expect(page.getByTestId("filing-payment")).toContainText("$260.00 USD");
  await expect(page.getByTestId("filing-signature")).toContainText("Ana Diaz");
  await expect(page.getByTestId("filing-signature")).toContainText("203.0.113.7");
  await expect(page.getByTestId("filing-signature")).toContainText("vitest integration browser");
  await expectAccessible(page, "the officer's case page of an online filing");

  // The form as filed and the receipt notice, both as PDFs from the officer-only routes.
  const downloadStarted = page.waitForEvent("download");
  await section.getByRole("link", { name: "The form as filed (PDF)" }).click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe(`${filed.receiptNumber}-I-765-as-filed.pdf`);
  const filedText = await pdfText(fs.readFileSync(await download.path()));
  expect(filedText).toContain(`Receipt number: ${filed.receiptNumber}`);
  expect(filedText).toContain("Signed electronically by typing the full name: Ana Diaz");
  const noticeHref = await page.getByRole("link", { name: "Receipt notice (I-797C) (PDF)" }).getAttribute("href");
  const notice = await page.request.get(noticeHref!);
  expect(notice.status()).toBe(200);
  const noticeText = await pdfText(await notice.body());
  expect(noticeText).toContain(`Receipt number: ${filed.receiptNumber}`);
  expect(noticeText).toContain("Fee paid: $260.00");

  // The usual actions: a status (the filing then leaves the queue) and a request for evidence.
  await page.getByLabel("New status").selectOption("Case Is Being Actively Reviewed");
  await page.getByRole("button", { name: "Add status" }).click();
  await expect(page.getByTestId("add-status-done")).toContainText('The status is now "Case Is Being Actively Reviewed".');
  await expect(page.getByTestId("filed-online")).toBeVisible();
  await page.getByLabel("What evidence is needed").fill("A copy of your Form I-485 receipt notice.");
  await page.getByLabel("Due date").fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await page.getByTestId("open-request-form").getByRole("button", { name: "Open request" }).click();
  await expect(page.getByTestId("open-request-done")).toContainText("The request for evidence was opened.");
  await expect(page.getByTestId("officer-status")).toContainText("Request for Additional Evidence Was Sent");
  await expectAccessible(page, "the online filing's case page after the officer's changes");
  await page.goto("/agency");
  await expect(page.getByTestId("work-queue").or(page.getByTestId("queue-empty"))).toBeVisible();
  await expect(page.locator("main")).not.toContainText(filed.receiptNumber);

  const history = await db<{ status: string }>(
    'SELECT status FROM "CaseEvent" WHERE "caseId" = (SELECT id FROM "Case" WHERE "receiptNumber" = $1) ORDER BY at',
    [filed.receiptNumber],
  );
  expect(history.map((event) => event.status)).toEqual([
    "Case Was Received and A Receipt Notice Was Emailed",
    "Case Is Being Actively Reviewed",
    "Request for Additional Evidence Was Sent",
  ]);

  // The applicant's own list of filings.
  const applicantContext = await browser.newContext();
  const applicantPage = await applicantContext.newPage();
  await signInWithEmailCode(applicantPage, mail, applicant);
  await applicantPage.goto("/filings");
  await expect(applicantPage.getByRole("heading", { level: 1, name: "Your filings" })).toBeVisible();
  await expect(applicantPage.getByTestId("confirmation-number")).toHaveText(filed.confirmationNumber);
  await expect(applicantPage.getByTestId("filing")).toContainText(filed.receiptNumber);
  await expectAccessible(applicantPage, "your filings");
  await applicantContext.close();
  expect(serverErrors).toEqual([]);
});
