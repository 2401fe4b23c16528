// The G-28 on a case, recorded and ended: an officer records a paper G-28 from the console by the
// representative's email and by account number; the applicant sees who represents them and ends
// one; the officer removes the other; every step emails both sides through the SMTP server.
import { createAccount, createOfficerAccount, signInWithEmailCode, type Account } from "./accounts";
import { ownedCase } from "./console";
import { APP_URL } from "./e2e-env";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test } from "./fixtures";
import { signInAsRepresentative } from "./represented-cases";

/** A representative's account: a finished account made a representative, with a profile. */
async function representativeAccount(label: string, profile: { name: string; organization: string; verified: boolean }) {
  const account = await createAccount({ label });
  await db(`UPDATE "User" SET role = 'REPRESENTATIVE' WHERE id = $1`, [account.id]);
  await db(
    `INSERT INTO "RepresentativeProfile" ("userId", kind, "fullName", organization, "addressLine1", city, state, "postalCode", phone, "verifiedAt", "updatedAt")
     VALUES ($1, 'ATTORNEY', $2, $3, '1 Court Street', 'Boston', 'MA', '02108', '+16175550100', $4, now())`,
    [account.id, profile.name, profile.organization, profile.verified ? new Date() : null],
  );
  const [{ accountNumber }] = await db<{ accountNumber: string }>(`SELECT "accountNumber" FROM "User" WHERE id = $1`, [account.id]);
  return { ...account, accountNumber };
}

async function currentG28s(caseId: string, representativeId: string) {
  const rows = await db<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Representation" WHERE "caseId" = $1 AND "representativeId" = $2 AND "endedAt" IS NULL`,
    [caseId, representativeId],
  );
  return rows[0].n;
}

test("an officer records paper G-28s; the applicant sees who represents them and ends one; the officer removes the other", async ({
  page,
  browser,
  mail,
  serverErrors,
}) => {
  // Three browsers, nine accessibility checks and eleven emails.
  test.setTimeout(240_000);
  const officer = await createOfficerAccount({ label: "g28-officer" });
  const applicant: Account = await createAccount({ label: "g28-applicant" });
  const paper = await ownedCase(applicant, { formType: "I-485", applicantName: "Ana Diaz" });
  const unrepresented = await ownedCase(applicant, { formType: "I-765", applicantName: "Ana Diaz" });
  const rosa = await representativeAccount("g28-rosa", { name: "Rosa Alvarez", organization: "Alvarez Immigration Law", verified: false });
  const ben = await representativeAccount("g28-ben", { name: "Ben Okafor", organization: "Harbor Legal Aid", verified: true });
  const started = Date.now();

  // The officer: the case's G-28 section, refusals first.
  await signInWithEmailCode(page, mail, officer);
  await page.goto(`/agency/cases/${paper.receiptNumber}`);
  const section = page.getByTestId("g28-section");
  await expect(section.getByRole("heading", { name: "Representation (G-28)" })).toBeVisible();
  await expect(section.getByTestId("g28-none")).toBeVisible();
  await expectAccessible(page, "the console's G-28 section with no representative");
  const field = page.getByLabel("Representative's email address or account number");
  const record = page.getByRole("button", { name: "Record G-28" });
  await record.click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter the representative's email address or 12-digit account number.");
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expectAccessible(page, "recording a G-28 with nothing entered");
  // The summary's link leads to the box it is about.
  const toField = page.getByTestId("error-summary").getByRole("link");
  await expect(toField).toHaveAttribute("href", "#representative");
  await toField.click();
  await expect(field).toBeFocused();
  await field.fill("nobody@example.com");
  await record.click();
  await expect(page.getByTestId("error-summary")).toContainText("No account has that email address or account number.");
  await field.fill(applicant.email);
  await record.click();
  await expect(page.getByTestId("error-summary")).toContainText("That account is not a legal representative's account.");
  expect(await db(`SELECT id FROM "Representation" WHERE "caseId" = $1`, [paper.id])).toHaveLength(0);

  // Recorded by email (any case), then by account number.
  await field.fill(rosa.email.toUpperCase());
  await record.click();
  await expect(page.getByTestId("record-g28-done")).toContainText("The G-28 was recorded.");
  await expect(section.getByTestId("g28-current-row")).toHaveCount(1);
  await expect(section.getByTestId("g28-current")).toContainText("Rosa Alvarez, Alvarez Immigration Law (Details not verified)");
  await page.getByLabel("Representative's email address or account number").fill(ben.accountNumber);
  await page.getByRole("button", { name: "Record G-28" }).click();
  await expect(section.getByTestId("g28-current-row")).toHaveCount(2);
  await expect(section.getByTestId("g28-current")).toContainText("Ben Okafor, Harbor Legal Aid (verified)");
  // The same G-28 again is refused.
  await page.getByLabel("Representative's email address or account number").fill(ben.email);
  await page.getByRole("button", { name: "Record G-28" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("This representative already has a current G-28 on this case.");
  await expectAccessible(page, "the console's G-28 section with two representatives");
  await expect(page.getByTestId("officer-history")).toContainText("A Legal Representative Was Added");
  // The representative has the case from now on.
  expect(await currentG28s(paper.id, rosa.id)).toBe(1);
  expect(await currentG28s(paper.id, ben.id)).toBe(1);

  // Emails: each representative, and the applicant twice, without the receipt number.
  const toRosa = await mail.waitForMessage(
    (m) => m.to.includes(rosa.email) && m.subject.startsWith("A case was added to your clients") && m.receivedAt.getTime() >= started,
  );
  expect(toRosa.text).toContain(`${APP_URL}/representative`);
  await mail.waitForMessage((m) => m.to.includes(ben.email) && m.subject.startsWith("A case was added to your clients"));
  const toApplicant = await mail.waitForMessage(
    (m) => m.to.includes(applicant.email) && m.subject.startsWith("A representative was added to one of your cases"),
  );
  expect(toApplicant.text).not.toContain(paper.receiptNumber);

  // The applicant, in a browser of their own: who represents them, and ending one.
  const applicantContext = await browser.newContext({ baseURL: APP_URL });
  const applicantPage = await applicantContext.newPage();
  await signInWithEmailCode(applicantPage, mail, applicant);
  await applicantPage.goto(`/cases/${unrepresented.receiptNumber}`);
  await expect(applicantPage.getByRole("heading", { level: 1 })).toContainText("I-765");
  await expect(applicantPage.getByTestId("who-represents-you")).toHaveCount(0);
  await applicantPage.goto(`/cases/${paper.receiptNumber}`);
  const who = applicantPage.getByTestId("who-represents-you");
  await expect(who.getByRole("heading", { name: "Who represents you" })).toBeVisible();
  const rosaRow = who.getByTestId("current-representative").filter({ hasText: "Rosa Alvarez" });
  await expect(rosaRow).toContainText("Alvarez Immigration Law");
  await expect(rosaRow.getByTestId("not-verified")).toHaveText("Details not verified");
  await expect(rosaRow).toContainText("Your representative since");
  const benRow = who.getByTestId("current-representative").filter({ hasText: "Ben Okafor" });
  await expect(benRow).toContainText("Harbor Legal Aid");
  await expect(benRow.getByTestId("not-verified")).toHaveCount(0);
  await expectAccessible(applicantPage, "the applicant's case page with two representatives");

  await rosaRow.getByRole("link", { name: "End representation by Rosa Alvarez" }).click();
  const confirm = applicantPage.getByTestId("confirm-end-representation");
  await expect(confirm.getByRole("heading", { name: "End the representation by Rosa Alvarez?" })).toBeVisible();
  await expectAccessible(applicantPage, "the confirmation step before ending a representation");
  // Cancel changes nothing.
  await confirm.getByRole("link", { name: "Cancel" }).click();
  await expect(applicantPage.getByTestId("confirm-end-representation")).toHaveCount(0);
  expect(await currentG28s(paper.id, rosa.id)).toBe(1);
  await rosaRow.getByRole("link", { name: "End representation by Rosa Alvarez" }).click();
  await applicantPage.getByRole("button", { name: "Yes, end the representation" }).click();
  await expect(applicantPage.getByTestId("representation-ended")).toContainText("The representation has ended");
  await expect(who.getByTestId("current-representative")).toHaveCount(1);
  await expect(who.getByTestId("past-representatives")).toContainText("Rosa Alvarez");
  await expect(who.getByTestId("past-representatives")).toContainText("Ended by you.");
  await expect(applicantPage.getByTestId("case-history")).toContainText("A Legal Representative's Access Ended");
  await expectAccessible(applicantPage, "the applicant's case page after ending a representation");
  // Access ended with the click: no current G-28 for her, and she and the applicant are emailed.
  expect(await currentG28s(paper.id, rosa.id)).toBe(0);
  const [rosaEnded] = await db<{ endedBy: string; endedById: string }>(
    `SELECT "endedBy", "endedById" FROM "Representation" WHERE "caseId" = $1 AND "representativeId" = $2`,
    [paper.id, rosa.id],
  );
  expect(rosaEnded).toEqual({ endedBy: "CLIENT", endedById: applicant.id });
  const endedToRosa = await mail.waitForMessage(
    (m) => m.to.includes(rosa.email) && m.subject.startsWith("Your representation on a case has ended"),
  );
  expect(endedToRosa.text).toContain("A client ended your representation");
  await mail.waitForMessage(
    (m) =>
      m.to.includes(applicant.email) &&
      m.subject.startsWith("Representation on one of your cases has ended") &&
      m.text.includes("You ended"),
  );

  // The paper G-28 gives Ben the case on his side of the portal.
  const benContext = await browser.newContext({ baseURL: APP_URL });
  const benPage = await benContext.newPage();
  await signInAsRepresentative(benPage, mail, ben);
  const benCaseUrl = `/representative/cases/${paper.receiptNumber}`;
  const shown = await benPage.goto(benCaseUrl);
  expect(shown!.status()).toBe(200);
  await expect(benPage.getByRole("heading", { level: 1 })).toContainText("I-485");
  await expectAccessible(benPage, "the representative's page of the case a paper G-28 gave him");

  // The officer removes the other, with a confirm step.
  await page.reload();
  await expect(section.getByTestId("g28-current-row")).toHaveCount(1);
  await section.getByRole("button", { name: "Remove the G-28 of Ben Okafor" }).click();
  await expect(section.getByText("Remove the G-28 of Ben Okafor? They lose access to this case at once.")).toBeFocused();
  await section.getByRole("button", { name: "Keep it" }).click();
  await expect(section.getByRole("button", { name: "Remove the G-28 of Ben Okafor" })).toBeFocused();
  expect(await currentG28s(paper.id, ben.id)).toBe(1);
  await section.getByRole("button", { name: "Remove the G-28 of Ben Okafor" }).click();
  await section.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByTestId("g28-removed")).toContainText("The G-28 was removed.");
  await expect(section.getByTestId("g28-none")).toBeVisible();
  const history = section.getByTestId("g28-history");
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history).toContainText("Ended by the applicant");
  await expect(history).toContainText(`Removed by the agency (${officer.email})`);
  await expect(history).toContainText(`paper G-28 recorded by ${officer.email}`);
  await expectAccessible(page, "the console's G-28 section after removing one");
  expect(await currentG28s(paper.id, ben.id)).toBe(0);
  await mail.waitForMessage(
    (m) =>
      m.to.includes(ben.email) && m.subject.startsWith("Your representation on a case has ended") && m.text.includes("The agency removed"),
  );
  await mail.waitForMessage((m) => m.to.includes(applicant.email) && m.text.includes("The agency removed a Form G-28"));
  // Removing it took the case away from Ben at once.
  const gone = await expectBrowserError(benPage, failedToLoad(404), () => benPage.goto(benCaseUrl));
  expect(gone!.status()).toBe(404);
  await benContext.close();
  const audit = await db<{ action: string }>(
    `SELECT action FROM "AuditLog" WHERE "caseId" = $1 AND action LIKE 'representation.%' ORDER BY at`,
    [paper.id],
  );
  expect(audit.map((row) => row.action)).toEqual(["representation.recorded", "representation.recorded", "representation.removed"]);

  // The applicant's page keeps both in the history.
  await applicantPage.reload();
  await expect(applicantPage.getByTestId("who-represents-you")).toContainText("No one represents you on this case now.");
  await expect(applicantPage.getByTestId("past-representatives").getByRole("listitem")).toHaveCount(2);
  await expect(applicantPage.getByTestId("past-representatives")).toContainText("Removed by the agency.");
  await expectAccessible(applicantPage, "the applicant's case page with past representatives only");
  await applicantContext.close();
  expect(serverErrors).toEqual([]);
});
