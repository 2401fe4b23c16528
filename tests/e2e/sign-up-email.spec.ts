import { codeIn } from "../support/smtp-sink";
import { db, expect, expectAccessible, GOOD_PASSWORD, signOut, test, uniqueEmail } from "./fixtures";
import { answerQuestions, confirmationLink, saveBackupCode, signUpToPassword, submitEmail } from "./journey";

test("creates an account with email codes read from the SMTP server, accessible at every step", async ({ page, mail, serverErrors }) => {
  const email = uniqueEmail("email-journey");
  await page.goto("/sign-up");
  await expect(page.getByTestId("independent-note")).toContainText("not an official government website");
  await expectAccessible(page, "sign-up email");

  // An error state of step 1, then the real thing.
  await page.getByRole("button", { name: "Sign Up" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expectAccessible(page, "sign-up email with errors");

  await signUpToPassword(page, mail, email, { checkA11y: true });
  await expectAccessible(page, "password");
  await page.getByLabel("Password", { exact: true }).fill("weak");
  await expect(page.getByTestId("password-rules").locator("li[data-met=true]")).toHaveCount(1);
  await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await expect(page.getByTestId("password-rules").locator("li[data-met=false]")).toHaveCount(0);
  await expect(page.getByTestId("password-strength")).toContainText(/Good|Strong/);
  await page.getByLabel("Confirm password").fill("Something-else-1!");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The passwords do not match");
  await expectAccessible(page, "password with errors");
  await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await page.getByLabel("Confirm password").fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);
  await expectAccessible(page, "verification method");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose how you want to receive verification codes");
  await expectAccessible(page, "verification method with errors");
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  await expect(page.getByTestId("code-sent-to")).toContainText("by email");
  await expectAccessible(page, "verification code");
  const first = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  // A new code replaces the old one; within 30 seconds of the first, the first stays and the page
  // says how long to wait (a busy machine can take longer than that to get here).
  await page.getByRole("button", { name: "Request a new one-time password" }).click();
  const resent = page.getByTestId("resend-result");
  await expect(resent).toContainText(/new code|seconds/);
  const code = /new code/.test(await resent.innerText())
    ? codeIn(
        (
          await mail.waitForMessage(
            (m) => m.to.includes(email) && m.subject.startsWith("Your verification code") && m.receivedAt > first.receivedAt,
          )
        ).text,
      )
    : codeIn(first.text);
  await page.getByLabel("Verification code").fill("000000" === code ? "111111" : "000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("not correct");
  await expectAccessible(page, "verification code with errors");
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();

  await expect(page.getByRole("heading", { name: "Save your backup code" })).toBeVisible();
  await expectAccessible(page, "backup code");
  await page.getByRole("button", { name: "Proceed" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Confirm that you saved your backup code");
  await expectAccessible(page, "backup code with errors");
  const backupCode = await saveBackupCode(page);
  expect(backupCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

  await expect(page.getByRole("heading", { name: "Password reset questions" })).toBeVisible();
  await expectAccessible(page, "security questions");
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose question 1");
  await expectAccessible(page, "security questions with errors");
  await answerQuestions(page);
  await expect(page.getByTestId("welcome")).toBeVisible();
  await expectAccessible(page, "dashboard");

  const [user] = await db<{
    id: string;
    registrationStep: string;
    termsVersion: string;
    passwordHash: string;
    emailConfirmedAt: Date | null;
  }>(`SELECT id, "registrationStep", "termsVersion", "passwordHash", "emailConfirmedAt" FROM "User" WHERE email = $1`, [email]);
  expect(user.registrationStep).toBe("COMPLETE");
  expect(user.termsVersion).toBeTruthy();
  expect(user.emailConfirmedAt).not.toBeNull();
  expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  const methods = await db(`SELECT kind, "verifiedAt" FROM "MfaMethod" WHERE "userId" = $1`, [user.id]);
  expect(methods).toEqual([{ kind: "EMAIL", verifiedAt: expect.any(Date) }]);
  const answers = await db<{ answerHash: string }>(`SELECT "answerHash" FROM "SecurityAnswer" WHERE "userId" = $1`, [user.id]);
  expect(answers).toHaveLength(5);
  for (const a of answers) expect(a.answerHash).toMatch(/^\$argon2id\$/);
  const backup = await db<{ codeHash: string; savedAt: Date | null }>(
    `SELECT "codeHash", "savedAt" FROM "BackupCode" WHERE "userId" = $1 AND "usedAt" IS NULL`,
    [user.id],
  );
  expect(backup).toHaveLength(1);
  expect(backup[0].codeHash).toMatch(/^\$argon2id\$/);
  expect(backup[0].codeHash).not.toContain(backupCode.replace(/-/g, ""));
  expect(backup[0].savedAt).not.toBeNull();
  const sessions = await db<{ level: string; revokedAt: Date | null }>(
    `SELECT level, "revokedAt" FROM "Session" WHERE "userId" = $1 ORDER BY "createdAt"`,
    [user.id],
  );
  expect(sessions.at(-1)).toEqual({ level: "FULL", revokedAt: null });
  expect(sessions.slice(0, -1).every((s) => s.revokedAt !== null)).toBe(true);

  // The session is real and revocable: signing out ends it on the server.
  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
  expect(serverErrors).toEqual([]);
});

test("a sign-up posted again with the other account type: the person who opens the email chooses, and that choice stands", async ({
  page,
  mail,
}) => {
  const email = uniqueEmail("type-choice");
  await submitEmail(page, email, email, "For myself");
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  // The first email has arrived before the second sign-up, so the link read below is the second's
  // (email is sent in the background, and a busy machine can deliver the first one late).
  const first = await confirmationLink(mail, email);
  // Someone else who knows the address signs it up again, as a legal representative.
  const again = Date.now();
  await submitEmail(page, email, email, "As a legal representative");
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);

  const second = await confirmationLink(mail, email, again);
  expect(second).not.toBe(first);
  await page.goto(second);
  const type = page.getByRole("group", { name: "Who is this account for?" });
  await expect(type.getByLabel("As a legal representative")).toBeChecked();
  await expectAccessible(page, "the confirmation page offering the account type");
  await type.getByLabel("For myself").check();
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  const [user] = await db<{ role: string }>(`SELECT role::text FROM "User" WHERE email = $1`, [email]);
  expect(user.role).toBe("APPLICANT");
});
