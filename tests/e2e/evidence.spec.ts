import { APP_URL, createAccount, signInWithEmailCode } from "./accounts";
import { caseWithOpenRequest } from "./cases";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, PDF, test } from "./fixtures";

// A 1x1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00"), Buffer.from("This program cannot be run in DOS mode.\r\n")]);

test("an applicant answers a request for evidence: bad files are refused, good ones listed, and the response is sent", async ({
  page,
  mail,
  browser,
}) => {
  const account = await createAccount({ label: "evidence", methods: ["EMAIL"] });
  const { caseId, receiptNumber, requestId } = await caseWithOpenRequest(account.id);
  await signInWithEmailCode(page, mail, account);

  await page.goto(`/cases/${receiptNumber}/evidence/${requestId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Respond to the request for evidence" })).toBeVisible();
  await expect(page.getByTestId("instructions")).toHaveText("A copy of your marriage certificate and a recent photo.");
  await expect(page.getByRole("region", { name: "What we asked for" })).toContainText(/Sent on .+\. Send your response by .+\./);
  await expect(page.getByTestId("due-date").locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(page.getByTestId("no-documents")).toBeVisible();
  await expectAccessible(page, "the response page with no documents");

  const fileInput = page.getByLabel("Upload a document");
  await expect(fileInput).toHaveAccessibleDescription(/PDF, JPEG or PNG, up to 10 MB each/);

  // A program renamed to look like a PDF.
  await fileInput.setInputFiles({ name: "x.pdf", mimeType: "application/pdf", buffer: EXE });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText(
    "The selected file must be a PDF, JPEG or PNG file. This file is not one of those, whatever its name says.",
  );
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Upload a document")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the upload form refusing a renamed program");
  await summary.getByRole("link").click();
  await expect(page.getByLabel("Upload a document")).toBeFocused();

  // An empty file.
  await page.getByLabel("Upload a document").setInputFiles({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The selected file is empty. Choose a file that has your document in it.");
  await expectAccessible(page, "the upload form refusing an empty file");

  // Nothing selected.
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose a file to upload.");
  expect(await db(`SELECT id FROM "Document" WHERE "caseId" = $1`, [caseId])).toHaveLength(0);

  // Submitting with nothing uploaded.
  await page.getByLabel(/I have uploaded everything/).check();
  await page.getByRole("button", { name: "Submit my response" }).click();
  await expect(page.getByText("Upload at least one document before you submit your response.")).toBeVisible();

  // A real PDF and a PNG.
  await page.getByLabel("Upload a document").setInputFiles({ name: "marriage-certificate.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("uploaded")).toContainText("Uploaded marriage-certificate.pdf.");
  await expect(page.getByText("Upload at least one document before you submit your response.")).toHaveCount(0);
  await page.getByLabel("Upload a document").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("uploaded")).toContainText("Uploaded photo.png.");
  const documents = page.getByTestId("document");
  await expect(documents).toHaveCount(2);
  await expect(documents.nth(0)).toContainText("marriage-certificate.pdf");
  await expect(documents.nth(0)).toContainText("PDF");
  await expect(documents.nth(1)).toContainText("photo.png");
  await expect(documents.nth(1)).toContainText("PNG image");
  await expectAccessible(page, "the response page with two documents");

  // The download: the owner gets the bytes with safe headers; a signed-out visitor is sent to sign in; another applicant gets 404.
  const href = await documents.nth(0).getByRole("link", { name: "marriage-certificate.pdf" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe(
    `attachment; filename="marriage-certificate.pdf"; filename*=UTF-8''marriage-certificate.pdf`,
  );
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["cache-control"]).toContain("no-store");
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

  const anonymous = await browser.newContext({ baseURL: APP_URL });
  const signedOut = await anonymous.request.get(href!, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers().location).toMatch(/\/sign-in\?reason=signed-out$/);
  const otherAccount = await createAccount({ label: "evidence-other", methods: ["EMAIL"] });
  const otherPage = await anonymous.newPage();
  await signInWithEmailCode(otherPage, mail, otherAccount);
  expect((await otherPage.request.get(href!)).status()).toBe(404);
  expect(
    (await expectBrowserError(otherPage, failedToLoad(404), () =>
      otherPage.goto(`/cases/${receiptNumber}/evidence/${requestId}`),
    ))!.status(),
  ).toBe(404);
  await anonymous.close();

  // Remove one, then submit: the confirmation is required.
  await documents.nth(1).getByRole("button", { name: "Remove photo.png" }).click();
  await expect(page.getByTestId("removed")).toContainText("Removed photo.png.");
  // The row is gone: focus moves to the message that says so.
  await expect(page.locator(":focus")).toContainText("Removed photo.png.");
  await expect(page.getByTestId("document")).toHaveCount(1);
  await page.getByLabel("Upload a document").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("document")).toHaveCount(2);

  await page.getByRole("button", { name: "Submit my response" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Confirm that you have uploaded everything you want to send.");
  await expectAccessible(page, "the submit form asking for the confirmation");
  await page.getByLabel(/I have uploaded everything/).check();
  await page.getByRole("button", { name: "Submit my response" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${receiptNumber}\\?responded=${requestId}$`));
  // The case page confirms it, and keeps the request, answered, with what was sent.
  await expect(page.getByTestId("response-sent")).toContainText("Your response was sent");
  await expect(page.getByTestId("response-sent")).toContainText("2 documents");
  await expect(page.getByTestId("answered-request")).toContainText("Answered");
  // The answer's moment and the request's date, each as a machine-readable time.
  await expect(page.getByTestId("answered-request").locator("time")).toHaveCount(2);
  await expect(page.getByTestId("evidence-requests")).toHaveCount(0);
  await expectAccessible(page, "the case page after sending a response");

  const [request] = await db<{ respondedAt: Date | null }>(`SELECT "respondedAt" FROM "EvidenceRequest" WHERE id = $1`, [requestId]);
  expect(request.respondedAt).not.toBeNull();
  const [row] = await db<{ status: string; actionRequired: boolean }>(`SELECT status, "actionRequired" FROM "Case" WHERE id = $1`, [
    caseId,
  ]);
  expect(row).toEqual({ status: "Response To Request For Evidence Was Received", actionRequired: false });
  expect(await db(`SELECT id FROM "Document" WHERE "caseId" = $1`, [caseId])).toHaveLength(2);

  // The page now shows what was sent, with nothing left to change.
  await page.goto(`/cases/${receiptNumber}/evidence/${requestId}`);
  await expect(page.getByTestId("response-sent")).toContainText("Your response was sent");
  await expect(page.getByRole("region", { name: "What we asked for" })).toContainText("Response was due by");
  await expect(page.getByLabel("Upload a document")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expectAccessible(page, "the response page after sending");
});

test("a file of exactly 10 MB is accepted; one byte more is refused with its size before it is sent", async ({ page, mail }) => {
  const account = await createAccount({ label: "evidence-large", methods: ["EMAIL"] });
  const { caseId, receiptNumber, requestId } = await caseWithOpenRequest(account.id);
  await signInWithEmailCode(page, mail, account);
  await page.goto(`/cases/${receiptNumber}/evidence/${requestId}`);
  const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length)]);
  await page.getByLabel("Upload a document").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: big });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The selected file must be 10 MB or smaller. This file is 10.1 MB.");
  await expectAccessible(page, "the upload form refusing a large file");
  expect(await db(`SELECT id FROM "Document" WHERE "caseId" = $1`, [caseId])).toHaveLength(0);

  // The limit itself passes every layer (the portal's server, the action's body limit).
  await page
    .getByLabel("Upload a document")
    .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: big.subarray(0, 10 * 1024 * 1024) });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("uploaded")).toContainText("Uploaded scan.pdf.");
  await expect(page.getByTestId("document")).toContainText("PDF, 10 MB");
  expect(await db(`SELECT size FROM "Document" WHERE "caseId" = $1`, [caseId])).toEqual([{ size: 10 * 1024 * 1024 }]);
});
