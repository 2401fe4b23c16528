import { codeIn } from "../support/smtp-sink";
import { createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { ownedCase } from "./console";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";

test("an attorney signs up, fills in the profile, keeps out of applicant pages; an officer marks them verified", async ({
  page,
  browser,
  mail,
}) => {
  const email = uniqueEmail("attorney");
  await page.goto("/sign-up");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Confirm email address").fill(email);
  await page.getByRole("button", { name: "Sign Up" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose who this account is for");
  await expectAccessible(page, "sign-up without an account type");

  await signUpToPassword(page, mail, email, { checkA11y: true, kind: "As a legal representative" });
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const message = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").fill(codeIn(message.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);
  await answerQuestions(page, { representative: true });
  await expect(page.getByTestId("welcome")).toBeVisible();
  await expectAccessible(page, "profile, first time");

  // Bad input: every problem listed, linked to its field.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.getByTestId("error-summary")).toContainText("Choose whether you are an attorney or an accredited representative");
  await expectAccessible(page, "profile with errors");
  await page.getByLabel("Attorney", { exact: true }).check();
  await page.getByLabel("Full name").fill("Dana Whitfield");
  await page.getByLabel("Law firm or organization").fill("Whitfield Immigration Law");
  await page.getByLabel("Street address").fill("100 Example Street");
  await page.getByLabel("City or town").fill("Springfield");
  await page.getByLabel("State or territory").selectOption("MA");
  await page.getByLabel("ZIP code").fill("011031234");
  await page.getByLabel("Office phone number").fill("413 555 0142");
  await page.getByLabel("State or court").fill("Massachusetts");
  await page.getByLabel("Bar number").fill("bbo 654321");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Confirm that you are a member in good standing of bar admission 1");
  await expectAccessible(page, "profile without good standing");
  await page.getByRole("button", { name: "Add another bar admission" }).click();
  await expect(page.getByTestId("bar-admission-2").getByLabel("State or court")).toBeFocused();
  await page.getByTestId("bar-admission-2").getByLabel("State or court").fill("New York");
  await page.getByTestId("bar-admission-2").getByLabel("Bar number").fill("4455667");
  await page.getByTestId("bar-admission-2").getByRole("checkbox").check();
  await page.getByTestId("bar-admission-1").getByRole("checkbox").check();
  await expectAccessible(page, "profile with two bar admissions");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/representative$/);
  await expect(page.getByRole("heading", { level: 1, name: "My clients" })).toBeVisible();
  const [profile] = await db<{ postalCode: string; phone: string; barAdmissions: unknown; verifiedAt: Date | null }>(
    `SELECT p."postalCode", p.phone, p."barAdmissions", p."verifiedAt" FROM "RepresentativeProfile" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`,
    [email],
  );
  expect(profile).toMatchObject({ postalCode: "01103-1234", phone: "+14135550142", verifiedAt: null });
  expect(profile.barAdmissions).toEqual([
    { jurisdiction: "Massachusetts", barNumber: "BBO 654321", goodStanding: true },
    { jurisdiction: "New York", barNumber: "4455667", goodStanding: true },
  ]);

  // Walls: applicant pages send a representative home.
  const applicant = await createAccount({ label: "walls-applicant" });
  const paper = await ownedCase(applicant);
  for (const path of ["/dashboard", "/messages", "/messages/new", `/cases/${paper.receiptNumber}`, "/cases/link", "/file", "/filings"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/representative$/);
  }
  for (const path of ["/settings/contact", "/settings/alerts", "/settings/email"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/(representative|settings\/verify)/);
  }

  // Settings every account has work for a representative; the profile is edited from there.
  await page.goto("/settings");
  await expectAccessible(page, "representative settings");
  await expect(page.getByTestId("account-number")).toHaveText(/^\d{4} \d{4} \d{4}$/);
  await expect(page.getByRole("link", { name: "Contact information" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Alerts" })).toHaveCount(0);
  for (const [name, heading] of [
    ["Where you're signed in", "Where you're signed in"],
    ["Account history", "Account history"],
  ]) {
    await page.goto("/settings");
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, name);
  }
  for (const path of ["/settings/password", "/settings/verification-methods", "/settings/backup-code", "/settings/security-questions"]) {
    await page.goto(path);
    // The page itself, or first the "confirm it's you" check that comes back to it: never sent away.
    await expect(page, path).toHaveURL((url) => url.pathname === path || url.search === `?next=${encodeURIComponent(path)}`);
    await expectAccessible(page, path);
  }
  await page.goto("/settings");
  await page.getByRole("link", { name: "Representative profile" }).click();
  await expect(page.getByTestId("verification-status")).toContainText("not verified yet");
  await page.getByLabel("Office phone number").fill("(413) 555-0199");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("profile-saved")).toContainText("Your representative profile was saved.");
  await expectAccessible(page, "profile saved");

  // An applicant never reaches the representative's pages.
  const applicantPage = await (await browser.newContext()).newPage();
  await signInWithEmailCode(applicantPage, mail, applicant);
  for (const path of ["/representative", "/representative/profile"]) {
    await applicantPage.goto(path);
    await expect(applicantPage, path).toHaveURL(/\/dashboard$/);
  }

  // The officer finds the representative and marks them verified.
  const officerAccount = await createOfficerAccount();
  const officerPage = await (await browser.newContext()).newPage();
  await signInWithEmailCode(officerPage, mail, officerAccount);
  await officerPage.getByRole("navigation", { name: "Officer console" }).getByRole("link", { name: "Representatives" }).click();
  await expect(officerPage.getByLabel("Email, name, organization or account number")).toBeVisible();
  await expectAccessible(officerPage, "representatives");
  await officerPage.getByLabel("Email, name, organization or account number").fill("whitfield");
  await officerPage.getByRole("button", { name: "Search" }).click();
  const listed = officerPage.getByTestId("representative-list").getByRole("listitem").filter({ hasText: email });
  await expect(listed.getByTestId("representative-not-verified")).toHaveText("Details not verified");
  await listed.getByRole("link", { name: email }).click();
  await expect(officerPage.getByRole("heading", { level: 1, name: "Dana Whitfield" })).toBeVisible();
  await expect(officerPage.getByTestId("bar-admissions")).toContainText("BBO 654321");
  await expectAccessible(officerPage, "representative profile for an officer");
  await officerPage.getByRole("button", { name: "Mark verified" }).click();
  await expect(officerPage.getByTestId("verified-banner")).toBeVisible();
  await expect(officerPage.getByTestId("representative-not-verified")).toHaveCount(0);
  await expectAccessible(officerPage, "representative verified");
  const audit = await db<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "actorId" = $1 AND action LIKE 'representative.%'`, [
    officerAccount.id,
  ]);
  expect(audit.map((row) => row.action)).toContain("representative.verified");

  // Officers keep their console; the representative has none of it.
  await expectBrowserError(page, failedToLoad(404), () => page.goto("/agency/representatives"));
  await expect(page.getByRole("heading", { name: "Representatives" })).toHaveCount(0);
  await page.goto("/representative/profile");
  await expect(page.getByTestId("verification-status")).toContainText("An officer verified your details");
});
