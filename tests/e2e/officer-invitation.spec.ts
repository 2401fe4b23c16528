import { enterPassword, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, GOOD_PASSWORD, signOut, test, uniqueEmail } from "./fixtures";
import { acceptInvitation, inviteOfficer } from "./officers";

test("an officer invited by the agency command sets up the account on the sign-up pages, signs in with a code and sees only the console", async ({
  page,
  mail,
}) => {
  const email = uniqueEmail("invited-officer");
  const link = await inviteOfficer(email);
  const backupCode = await acceptInvitation(page, mail, email, link, { checkA11y: true });

  // Finished: the console, never the applicant's pages.
  await expect(page).toHaveURL(/\/agency$/);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Officer console" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "My cases" })).toHaveCount(0);
  const [row] = await db<{ role: string; registrationStep: string }>(
    `SELECT role::text, "registrationStep"::text FROM "User" WHERE email = $1`,
    [email],
  );
  expect(row).toEqual({ role: "OFFICER", registrationStep: "COMPLETE" });
  for (const path of ["/dashboard", "/cases/link", "/settings/contact", "/settings/alerts", "/settings/email"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/agency$/);
  }
  // Settings hold only the security parts every account has (officer-settings-and-audit.spec.ts).
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("main").getByRole("link", { name: "Contact information" })).toHaveCount(0);

  // The invitation works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");

  // Signing in again takes the same sign-in with a second step, and lands on the console.
  await signOut(page);
  await signInWithEmailCode(page, mail, { id: "", email, password: GOOD_PASSWORD, backupCode: "" });
  await expect(page).toHaveURL(/\/agency$/);

  // With the backup code instead: the renewed code is shown, and saving it leads to the officer's own
  // verification methods (in case the old one was lost), inside the console's navigation.
  await signOut(page);
  await enterPassword(page, { email, password: GOOD_PASSWORD });
  await page.getByRole("link", { name: "Use your backup code" }).click();
  await page.getByLabel("Backup code").fill(backupCode);
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page).toHaveURL(/\/sign-in\/new-backup-code$/);
  await expectAccessible(page, "an officer's renewed backup code");
  await page.getByLabel("I have saved my backup code somewhere safe").check();
  await page.getByRole("button", { name: "Proceed" }).click();
  await expect(page).toHaveURL(/\/settings\/verification-methods\?after=backup-code$/);
  await expect(page.getByText("If you lost your old verification method, add a new one below")).toBeVisible();
  await expectAccessible(page, "an officer's verification methods after a backup-code sign-in");
  await page.getByRole("navigation", { name: "Officer console" }).getByRole("link", { name: "Work queue" }).click();
  await expect(page).toHaveURL(/\/agency$/);
});
