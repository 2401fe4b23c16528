import { codeIn } from "../support/smtp-sink";
import { signInWithEmailCode } from "./accounts";
import { runAgency } from "./agency";
import { db, expect, expectAccessible, GOOD_PASSWORD, test, uniqueEmail } from "./fixtures";
import { saveBackupCode, setPassword } from "./journey";

test("an officer invited by the agency command sets up the account on the sign-up pages, signs in with a code and sees only the console", async ({ page, mail }) => {
  const email = uniqueEmail("invited-officer");
  const out = await runAgency(["create-officer", "--email", email]);
  const link = out.match(/^Invitation link: (\S+)$/m)?.[1];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await expectAccessible(page, "invitation link");
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  await page.getByLabel("I have read and agree to the Terms of Use").check();
  await page.getByRole("button", { name: "I Agree" }).click();
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const code = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").fill(codeIn(code.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Question ${i}`, { exact: true }).selectOption({ index: i });
    await page.getByLabel(`Answer ${i}`).fill(`Officer answer ${i}`);
  }
  await page.getByRole("button", { name: "Finish creating my account" }).click();

  // Finished: the console, never the applicant's pages.
  await expect(page).toHaveURL(/\/agency$/);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Officer console" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "My cases" })).toHaveCount(0);
  const [row] = await db<{ role: string; registrationStep: string }>(`SELECT role::text, "registrationStep"::text FROM "User" WHERE email = $1`, [email]);
  expect(row).toEqual({ role: "OFFICER", registrationStep: "COMPLETE" });
  for (const path of ["/dashboard", "/settings", "/cases/link", "/settings/contact"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/agency$/);
  }

  // The invitation works once.
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");

  // Signing in again takes the same sign-in with a second step, and lands on the console.
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithEmailCode(page, mail, { id: "", email, password: GOOD_PASSWORD, backupCode: "" });
  await expect(page).toHaveURL(/\/agency$/);
});
