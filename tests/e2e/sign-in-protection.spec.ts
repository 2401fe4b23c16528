import { createAccount, enterPassword } from "./accounts";
import { db, expect, expectAccessible, signOut, test } from "./fixtures";

test("five wrong passwords lock the account for 20 minutes and email the owner; the proof-of-work appears after three", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "lockout" });
  await page.goto("/sign-in");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email address", { exact: true }).fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(`Wrong-Password-${i}!`);
    await page.getByRole("button", { name: "Sign In" }).click();
    // The fifth wrong password starts the pause, and is told so.
    await expect(page.getByTestId("error-summary")).toContainText(
      i < 5 ? "The email address or password is incorrect" : /Sign-in to this account is paused until \d{1,2}:\d{2} [AP]M [A-Z]{2,5}/,
    );
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  }
  // Three or more failures from this address: the browser's security check runs before the next try.
  await expect(page.getByTestId("pow-status")).toContainText(/security check/i);
  await expectAccessible(page, "sign-in with the security check");

  const notice = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Sign-in to your account is paused"),
  );
  expect(notice.text).toContain("20 minutes");
  expect(notice.text).toMatch(/\/not-me\?token=/);

  // The right password does not get in while the lock lasts, and is told plainly why.
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(/Sign-in to this account is paused until \d{1,2}:\d{2} [AP]M [A-Z]{2,5}/);
  await expect(page.getByTestId("error-summary")).toContainText("We emailed the account owner");
  await expect(page).toHaveURL(/\/sign-in$/);
  const [row] = await db<{ lockedUntil: Date }>(`SELECT "lockedUntil" FROM "User" WHERE id = $1`, [account.id]);
  expect(new Date(row.lockedUntil).getTime() - Date.now()).toBeGreaterThan(18 * 60_000);

  // Once the 20 minutes are over (moved on in the database), the right password works.
  await db(`UPDATE "User" SET "lockedUntil" = now() - interval '1 second' WHERE id = $1`, [account.id]);
  await enterPassword(page, account);
});

test("a backup code gets a person in when their method is lost, shows a new code once, and emails a notice", async ({ page, mail }) => {
  const account = await createAccount({ label: "backup" });
  await enterPassword(page, account);
  await page.getByRole("link", { name: "Use your backup code" }).click();
  await expect(page.getByLabel("Backup code")).toBeVisible();
  await expectAccessible(page, "backup code sign-in");
  await page.getByLabel("Backup code").fill("AAAA-BBBB-CCCC-DDDD");
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("not correct");
  await expectAccessible(page, "backup code sign-in with an error");
  const wrongNotice = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Someone entered your password"),
  );
  expect(wrongNotice.text).toMatch(/\/not-me\?token=/);

  await page.getByLabel("Backup code").fill(account.backupCode.toLowerCase());
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page).toHaveURL(/\/sign-in\/new-backup-code$/);
  const renewed = (await page.getByTestId("backup-code").innerText()).trim();
  expect(renewed).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(renewed).not.toBe(account.backupCode);
  await expectAccessible(page, "new backup code after a backup-code sign-in");
  await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith("Your backup code was used"));

  // As on the backup-code settings page, the code is shown only within 20 minutes of the second step.
  await db(`UPDATE "Session" SET "secondStepAt" = now() - interval '21 minutes' WHERE "userId" = $1 AND "revokedAt" IS NULL`, [account.id]);
  await page.reload();
  await expect(page).toHaveURL(/\/settings\/verify\?next=%2Fsign-in%2Fnew-backup-code/);
  await expect(page.getByTestId("backup-code")).toHaveCount(0);
  await db(`UPDATE "Session" SET "secondStepAt" = now() WHERE "userId" = $1 AND "revokedAt" IS NULL`, [account.id]);
  await page.goto("/sign-in/new-backup-code");
  await expect(page.getByTestId("backup-code")).toHaveText(renewed);

  await page.getByLabel("I have saved my backup code somewhere safe").check();
  await page.getByRole("button", { name: "Proceed" }).click();
  await expect(page).toHaveURL(/\/settings\/verification-methods/);
  await expectAccessible(page, "verification methods after a backup-code sign-in");

  // Signing out and in again: the used code is refused, the new one works.
  await signOut(page);
  await enterPassword(page, account);
  await page.getByRole("link", { name: "Use your backup code" }).click();
  await page.getByLabel("Backup code").fill(account.backupCode);
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("already used");
  await page.getByLabel("Backup code").fill(renewed);
  await page.getByRole("button", { name: "Sign in with backup code" }).click();
  await expect(page).toHaveURL(/\/sign-in\/new-backup-code$/);
});
