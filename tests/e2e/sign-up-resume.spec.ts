import { codeIn } from "../support/smtp-sink";
import { APP_URL } from "./accounts";
import { db, expect, GOOD_PASSWORD, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";

test("a sign-up left after the method was verified asks a new browser for the second step before the backup code", async ({
  page,
  browser,
  mail,
}) => {
  const email = uniqueEmail("resume");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  const first = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").fill(codeIn(first.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Save your backup code" })).toBeVisible();
  // The person leaves here, before the backup code.

  // Someone with the password alone, in another browser.
  const other = await (await browser.newContext({ baseURL: APP_URL })).newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email address", { exact: true }).fill(email);
  await other.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await other.getByRole("button", { name: "Sign In" }).click();
  await expect(other).toHaveURL(/\/sign-in\/verify$/);
  await expect(other.getByRole("heading", { name: "Two-step verification" })).toBeVisible();
  for (const later of ["/sign-up/continue", "/sign-up/backup-code", "/sign-up/security-questions", "/dashboard"]) {
    await other.goto(later);
    await expect(other, `opening ${later} without the second step`).toHaveURL(/\/sign-in\/verify$/);
  }
  const codes = await db<{ n: string }>(
    `SELECT count(*) AS n FROM "BackupCode" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1) AND "savedAt" IS NOT NULL`,
    [email],
  );
  expect(Number(codes[0].n)).toBe(0);
  const [user] = await db<{ registrationStep: string }>(`SELECT "registrationStep" FROM "User" WHERE email = $1`, [email]);
  expect(user.registrationStep).toBe("BACKUP_CODE");

  // With the code sent to the verified method, the sign-up goes on at the backup code and finishes.
  await db(
    `UPDATE "OtpChallenge" SET "createdAt" = "createdAt" - interval '2 hours' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  const after = Date.now();
  await other.getByRole("button", { name: "Send code" }).click();
  const code = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= after,
  );
  await other.getByLabel("Verification code").fill(codeIn(code.text));
  await other.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(other);
  await answerQuestions(other);
  await other.context().close();
});
