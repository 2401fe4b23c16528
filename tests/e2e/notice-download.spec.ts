import fs from "node:fs";
import { createAccount, signInWithEmailCode } from "./accounts";
import { agencyCreateCase, runAgency } from "./agency";
import { APP_URL } from "./e2e-env";
import { db, expect, expectAccessible, test } from "./fixtures";
import { pdfText } from "../support/pdf-text";

test("notices download as PDFs with the case's data, for the case's owner only", async ({ page, mail, playwright }) => {
  const account = await createAccount({ label: "notices" });
  const mine = await agencyCreateCase("I-485", "Ana Diaz");
  await runAgency([
    "open-rfe",
    "--receipt",
    mine.receiptNumber,
    "--due",
    "2099-12-31",
    "--instructions",
    "A copy of your birth certificate.",
  ]);
  await db(`UPDATE "Case" SET "ownerId" = $1, "linkedAt" = now() WHERE "receiptNumber" = $2`, [account.id, mine.receiptNumber]);
  const notices = await db<{ id: string; kind: string }>(
    `SELECT n.id, n.kind::text AS kind FROM "Notice" n JOIN "Case" c ON c.id = n."caseId" WHERE c."receiptNumber" = $1`,
    [mine.receiptNumber],
  );
  const noticeId = (kind: string) => notices.find((n) => n.kind === kind)!.id;
  const url = (kind: string, receipt = mine.receiptNumber) => `/cases/${receipt}/notices/${noticeId(kind)}`;

  // Signed out: off to sign in.
  const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
  const signedOut = await anonymous.get(url("RECEIPT"), { maxRedirects: 0 });
  expect(signedOut.status()).toBeGreaterThanOrEqual(300);
  expect(signedOut.status()).toBeLessThan(400);
  expect(signedOut.headers().location).toMatch(/\/sign-in/);
  await anonymous.dispose();

  await signInWithEmailCode(page, mail, account);
  await expectAccessible(page, "the dashboard of an applicant with a case");

  const receipt = await page.request.get(url("RECEIPT"));
  expect(receipt.status()).toBe(200);
  const headers = receipt.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toMatch(
    new RegExp(
      `^attachment; filename="${mine.receiptNumber}-receipt-notice-\\d{4}-\\d{2}-\\d{2}\\.pdf"; filename\\*=UTF-8''${mine.receiptNumber}-receipt-notice-`,
    ),
  );
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  const receiptText = await pdfText(await receipt.body());
  expect(receiptText).toContain("Test Immigration Agency");
  expect(receiptText).toContain("Receipt notice (I-797C)");
  expect(receiptText).toContain(`Receipt number: ${mine.receiptNumber}`);
  expect(receiptText).toContain("Applicant: Ana Diaz");
  expect(receiptText).toContain("Not an official government document.");

  const rfeText = await pdfText(await (await page.request.get(url("REQUEST_FOR_EVIDENCE"))).body());
  expect(rfeText).toContain("A copy of your birth certificate.");
  expect(rfeText).toContain("Respond by: December 31, 2099");

  const accessText = await pdfText(await (await page.request.get(url("ACCOUNT_ACCESS"))).body());
  expect(accessText).toContain("Account Access Notice");
  expect(accessText).not.toContain(mine.accessCode);

  // The browser saves it under its name.
  const downloadStarted = page.waitForEvent("download");
  await page.evaluate((href) => {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = "Receipt notice";
    document.body.append(link);
    link.click();
  }, url("RECEIPT"));
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${mine.receiptNumber}-receipt-notice-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(await pdfText(fs.readFileSync(await download.path()))).toContain(`Receipt number: ${mine.receiptNumber}`);

  // Someone else's case, an unknown notice, a malformed receipt number: the same 404.
  const other = await agencyCreateCase("I-130", "Sam Roe");
  const [otherNotice] = await db<{ id: string }>(
    `SELECT n.id FROM "Notice" n JOIN "Case" c ON c.id = n."caseId" WHERE c."receiptNumber" = $1 LIMIT 1`,
    [other.receiptNumber],
  );
  for (const path of [
    `/cases/${other.receiptNumber}/notices/${otherNotice.id}`,
    `/cases/${mine.receiptNumber}/notices/${otherNotice.id}`,
    `/cases/${mine.receiptNumber}/notices/00000000-0000-4000-8000-000000000000`,
    `/cases/${mine.receiptNumber}/notices/not-an-id`,
    `/cases/EAC26/notices/${noticeId("RECEIPT")}`,
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).not.toContain("application/pdf");
  }
});
