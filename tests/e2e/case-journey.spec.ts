import { pdfText } from "../support/pdf-text";
import { createAccount, signInWithEmailCode } from "./accounts";
import { agencyCreateCase, runAgency } from "./agency";
import { db, expect, expectAccessible, PDF, test } from "./fixtures";

test("an applicant links a paper case made by the agency command, reads a notice, answers a request for evidence and sees the new status", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "journey" });
  const paper = await agencyCreateCase("I-130", "Ana Diaz");
  await runAgency(["add-event", "--receipt", paper.receiptNumber, "--status", "Case Is Being Actively Reviewed"]);
  await runAgency([
    "open-rfe",
    "--receipt",
    paper.receiptNumber,
    "--due",
    "2099-12-31",
    "--instructions",
    "A copy of your marriage certificate.",
  ]);

  await signInWithEmailCode(page, mail, account);
  await page.getByRole("link", { name: "Add a paper-filed case" }).click();
  await page.getByLabel("Receipt number", { exact: true }).fill(paper.receiptNumber);
  await page.getByLabel("Online Access Code", { exact: true }).fill(paper.accessCode);
  await page.getByRole("button", { name: "Add case" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${paper.receiptNumber}\\?linked=1$`));
  await expectAccessible(page, "case page after linking");

  // Status, its explanation and the full history.
  await expect(page.getByText("Request for Additional Evidence Was Sent").first()).toBeVisible();
  const history = page.getByTestId("case-history").getByRole("listitem");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("Request for Additional Evidence Was Sent");
  await expect(history.last()).toContainText("Case Was Received");

  // The receipt notice, as the browser downloads it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Receipt notice (I-797C)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${paper.receiptNumber}-receipt-notice-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const text = await pdfText(new Uint8Array(await (await import("node:fs")).promises.readFile(await download.path())));
  expect(text).toContain(paper.receiptNumber);
  expect(text).toContain("Ana Diaz");
  expect(text).toContain("Not an official government document.");

  // The response to the request for evidence.
  await page.getByRole("link", { name: "Respond to request for evidence" }).click();
  await expect(page.getByLabel("Upload a document")).toBeVisible();
  await expectAccessible(page, "request for evidence");
  await page.getByLabel("Upload a document").setInputFiles({ name: "marriage-certificate.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByText("marriage-certificate.pdf").first()).toBeVisible();
  await page.getByLabel(/I have uploaded everything/).check();
  await page.getByRole("button", { name: "Submit my response" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${paper.receiptNumber}`));
  await expect(page.getByTestId("case-history").getByRole("listitem").first()).toContainText(
    "Response To Request For Evidence Was Received",
  );
  await expectAccessible(page, "case page after the response");

  const [row] = await db<{ status: string; actionRequired: boolean }>(
    `SELECT status, "actionRequired" FROM "Case" WHERE "receiptNumber" = $1`,
    [paper.receiptNumber],
  );
  expect(row).toEqual({ status: "Response To Request For Evidence Was Received", actionRequired: false });
});
