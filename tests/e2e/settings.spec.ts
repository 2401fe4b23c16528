import { linkIn } from "../support/smtp-sink";
import { appCode, createAccount, passWithEmailCode, signInWithEmailCode } from "./accounts";
import { APP_URL } from "./e2e-env";
import { db, expect, expectAccessible, test, uniqueEmail } from "./fixtures";

const NEW_PASSWORD = "Harbor-Lights-Bend-58!";

test("security settings need a recent second step; changing the password and the email address", async ({ page, mail, browser }) => {
  const account = await createAccount({ label: "settings" });
  await signInWithEmailCode(page, mail, account);
  await page.getByRole("link", { name: "Account settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expectAccessible(page, "settings overview");

  // 21 minutes after the sign-in's second step, a change asks for a code first.
  await db(`UPDATE "Session" SET "secondStepAt" = now() - interval '21 minutes' WHERE "userId" = $1`, [account.id]);
  await db(`UPDATE "OtpChallenge" SET "createdAt" = now() - interval '21 minutes' WHERE "userId" = $1`, [account.id]);
  await page.getByRole("link", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/settings\/verify\?next=%2Fsettings%2Fpassword$/);
  await expectAccessible(page, "confirm it's you");
  const tokenHash = async () =>
    (await db<{ tokenHash: string }>(`SELECT "tokenHash" FROM "Session" WHERE "userId" = $1 AND "revokedAt" IS NULL`, [account.id]))[0]
      .tokenHash;
  const tokenBefore = await tokenHash();
  const cookiesBefore = await page.context().cookies();
  await passWithEmailCode(page, mail, account, /\/settings\/password$/);
  // The re-check gave the session a new token: this browser holds it, and the cookie from before
  // the re-check no longer opens the account anywhere.
  expect(await tokenHash()).not.toBe(tokenBefore);
  const replay = await browser.newContext({ baseURL: APP_URL });
  await replay.addCookies(cookiesBefore);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();
  await expectAccessible(page, "change password");

  await page.getByLabel("Current password", { exact: true }).fill("Not-My-Password-1!");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Your current password is not correct.");
  await expectAccessible(page, "change password with an error");
  await page.getByLabel("Current password", { exact: true }).fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("settings-changed")).toContainText("Your password was changed");
  await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith("Your password was changed"));

  // Email: the change waits for the link sent to the new address; the old address is told of the
  // request and of the change.
  const newEmail = uniqueEmail("settings-new");
  await page.goto("/settings/email");
  await expectAccessible(page, "change email");
  await page.getByLabel("New email address", { exact: true }).fill(newEmail);
  await page.getByLabel("Confirm new email address", { exact: true }).fill(newEmail);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByTestId("email-change-sent")).toContainText(newEmail);
  await expectAccessible(page, "change email sent");
  await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("A change of your account email address was asked for"),
  );
  const confirm = await mail.waitForMessage((m) => m.to.includes(newEmail) && m.subject.startsWith("Confirm your new email address"));
  await page.goto(linkIn(confirm.text, "/settings/email/confirm"));
  await expectAccessible(page, "confirm new email");
  await page.getByRole("button", { name: "Confirm new email address" }).click();
  await expect(page.getByRole("heading", { name: "Your email address was changed" })).toBeVisible();
  const changed = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your account email address was changed"),
  );
  expect(changed.text).toContain("the link below also puts this address back on your account");
  const [row] = await db<{ email: string }>(`SELECT email FROM "User" WHERE id = $1`, [account.id]);
  expect(row.email).toBe(newEmail);

  // The link works once.
  await page.goto(linkIn(confirm.text, "/settings/email/confirm"));
  await expect(page.getByTestId("link-problem")).toContainText("This link can no longer be used");
  await expectAccessible(page, "a used new-email link");

  // Had the change not been the account holder's, "This wasn't me" in the old inbox takes the account back.
  await page.goto(linkIn(changed.text, "/not-me?token="));
  await page.getByRole("button", { name: "Secure my account" }).click();
  await expect(page).toHaveURL(/\/not-me\/done$/);
  const [restored] = await db<{ email: string; passwordResetRequired: boolean }>(
    `SELECT email, "passwordResetRequired" FROM "User" WHERE id = $1`,
    [account.id],
  );
  expect(restored).toEqual({ email: account.email, passwordResetRequired: true });
});

test("adding an authentication app and removing email; the last method can't be removed", async ({ page, mail }) => {
  const account = await createAccount({ label: "methods" });
  await signInWithEmailCode(page, mail, account);
  await page.goto("/settings/verification-methods");
  await expectAccessible(page, "verification methods");
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await page.getByLabel("Authentication app (recommended)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  const key = (await page.getByTestId("totp-key").innerText()).replace(/\s/g, "");
  await expectAccessible(page, "setting up an app in settings");
  await page.getByLabel("Verification code").fill("000000");
  await page.getByRole("button", { name: "Verify and save" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await page.getByLabel("Verification code").fill(await appCode(key));
  await page.getByRole("button", { name: "Verify and save" }).click();
  await expect(page.getByTestId("settings-changed")).toContainText("saved");
  await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith("A verification method was added"));

  // The buttons swap in place and focus goes with them: to the question, back to Remove on "keep".
  await page.getByRole("button", { name: /^Remove Email/ }).click();
  await expect(page.getByTestId("removal-question")).toBeFocused();
  await expectAccessible(page, "confirming a removal");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^Remove Email/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("removal-question")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, remove" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("settings-changed")).toContainText("removed");
  await expect(page.getByTestId("methods")).not.toContainText("Email");
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith("A verification method was removed"));
});

test("a new backup code replaces the old one, and new reset questions replace the old answers", async ({ page, mail }) => {
  const account = await createAccount({ label: "backup-questions" });
  await signInWithEmailCode(page, mail, account);

  await page.goto("/settings/backup-code");
  await expectAccessible(page, "backup code settings");
  await page.getByRole("button", { name: "Get a new backup code" }).click();
  const code = (await page.getByTestId("backup-code").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(code).not.toBe(account.backupCode);
  await expectAccessible(page, "the new backup code");
  // Reloading shows the same code until it is saved.
  await page.reload();
  await expect(page.getByTestId("backup-code")).toHaveText(code);
  await page.getByLabel("I have saved my backup code somewhere safe").check();
  await page.getByRole("button", { name: "Proceed" }).click();
  await expect(page.getByTestId("settings-changed")).toContainText("Your new backup code is saved");
  await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith("Your backup code was replaced"));

  await page.goto("/settings/security-questions");
  await expectAccessible(page, "reset questions settings");
  for (let i = 1; i <= 5; i++) await page.getByLabel(`Question ${i}`, { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Save new questions" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expectAccessible(page, "reset questions with errors");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Question ${i}`, { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(`Answer ${i}`).fill(`New answer ${i}`);
  }
  await page.getByRole("button", { name: "Save new questions" }).click();
  await expect(page.getByTestId("settings-changed")).toContainText("Your password reset questions were saved");
  await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith("Your password reset questions were changed"));
  const rows = await db<{ questionId: number }>(`SELECT "questionId" FROM "SecurityAnswer" WHERE "userId" = $1 ORDER BY "questionId"`, [
    account.id,
  ]);
  expect(rows).toHaveLength(5);
});
