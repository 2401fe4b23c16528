import { signInWithEmailCode } from "./accounts";
import { db, expect, GOOD_PASSWORD, test, uniqueEmail } from "./fixtures";
import { acceptInvitation, inviteOfficer } from "./officers";

test("an officer invited by the agency command sets up the account on the sign-up pages, signs in with a code and sees only the console", async ({ page, mail }) => {
  const email = uniqueEmail("invited-officer");
  const link = await inviteOfficer(email);
  await acceptInvitation(page, mail, email, link, { checkA11y: true });

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
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");

  // Signing in again takes the same sign-in with a second step, and lands on the console.
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInWithEmailCode(page, mail, { id: "", email, password: GOOD_PASSWORD, backupCode: "" });
  await expect(page).toHaveURL(/\/agency$/);
});
