import { APP_URL, createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { caseWithOpenRequest } from "./cases";
import { db, expect, PDF, test } from "./fixtures";

// A 1x1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test("an upload is stored and offered under the extension of the type its bytes show, to the applicant and to officers", async ({
  page,
  browser,
  mail,
}) => {
  const account = await createAccount({ label: "download-names" });
  const { caseId, receiptNumber, requestId } = await caseWithOpenRequest(account.id);
  await signInWithEmailCode(page, mail, account);
  await page.goto(`/cases/${receiptNumber}/evidence/${requestId}`);

  // A PNG named like a web page, and a PDF with no extension at all.
  await page.getByLabel("Upload a document").setInputFiles({ name: "passport-scan.html", mimeType: "text/html", buffer: PNG });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("uploaded")).toContainText("Uploaded passport-scan.png.");
  await page
    .getByLabel("Upload a document")
    .setInputFiles({ name: "marriage certificate", mimeType: "application/octet-stream", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("uploaded")).toContainText("Uploaded marriage certificate.pdf.");
  const documents = page.getByTestId("document");
  await expect(documents).toHaveCount(2);
  await expect(documents.nth(0)).toContainText("passport-scan.png");
  await expect(documents.nth(0)).toContainText("PNG image");
  await expect(page.getByText("passport-scan.html")).toHaveCount(0);

  const stored = await db<{ name: string; contentType: string }>(
    `SELECT name, "contentType" FROM "Document" WHERE "caseId" = $1 ORDER BY "createdAt"`,
    [caseId],
  );
  expect(stored).toEqual([
    { name: "passport-scan.png", contentType: "image/png" },
    { name: "marriage certificate.pdf", contentType: "application/pdf" },
  ]);

  // The applicant's download, as the browser saves it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    documents.nth(0).getByRole("link", { name: "passport-scan.png" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("passport-scan.png");
  const href = await documents.nth(0).getByRole("link", { name: "passport-scan.png" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="passport-scan.png"; filename*=UTF-8''passport-scan.png`);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");

  // A document stored before names were given their type's extension is offered with it too.
  await db(`UPDATE "Document" SET name = 'marriage-certificate.hta' WHERE "caseId" = $1 AND "contentType" = 'application/pdf'`, [caseId]);

  const officer = await createOfficerAccount({ label: "download-names-officer" });
  const officerContext = await browser.newContext({ baseURL: APP_URL });
  const officerPage = await officerContext.newPage();
  await signInWithEmailCode(officerPage, mail, officer);
  await officerPage.goto(`/agency/cases/${receiptNumber}`);
  const names: string[] = [];
  for (const name of ["passport-scan.png", "marriage-certificate.hta"]) {
    const [officerDownload] = await Promise.all([officerPage.waitForEvent("download"), officerPage.getByRole("link", { name }).click()]);
    names.push(officerDownload.suggestedFilename());
  }
  expect(names).toEqual(["passport-scan.png", "marriage-certificate.pdf"]);
  const pdfHref = await officerPage.getByRole("link", { name: "marriage-certificate.hta" }).getAttribute("href");
  const pdf = await officerPage.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toBe(
    `attachment; filename="marriage-certificate.pdf"; filename*=UTF-8''marriage-certificate.pdf`,
  );
  expect(pdf.headers()["x-content-type-options"]).toBe("nosniff");
  await officerContext.close();
});
