import { codeIn } from "../support/smtp-sink";
import { db, expect, expectAccessible, GOOD_PASSWORD, signOut, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";

test("signing in with email codes; half-signed-in pages lead to the second step, never round in circles", async ({ page, mail }) => {
  const email = uniqueEmail("sign-in");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const signUpCode = codeIn(
    (await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"))).text,
  );
  await page.getByLabel("Verification code").fill(signUpCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);
  await answerQuestions(page);
  await signOut(page);

  // Unknown email and wrong password: the same message.
  await page.goto("/sign-in");
  await expectAccessible(page, "sign in");
  await page.getByLabel("Email address", { exact: true }).fill(uniqueEmail("nobody"));
  await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Sign In" }).click();
  const unknownMessage = await page.getByTestId("error-summary").innerText();
  await expectAccessible(page, "sign in with errors");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("Wrong-password-9!");
  await page.getByRole("button", { name: "Sign In" }).click();
  // The answer has arrived once the form is redrawn (passwords are never sent back).
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await expect(page.getByTestId("error-summary")).toHaveText(unknownMessage);

  await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await expectAccessible(page, "second step");
  for (const elsewhere of ["/dashboard", "/sign-up", "/sign-up/terms", "/sign-up/continue"]) {
    await page.goto(elsewhere);
    await expect(page, `opening ${elsewhere} before the second step`).toHaveURL(/\/sign-in\/verify$/);
  }

  const before = Date.now();
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByTestId("code-sent-to")).toBeVisible();
  // The code box appears above the button just pressed, and focus moves to it.
  await expect(page.getByLabel("Verification code")).toBeFocused();
  const message = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() > before,
  );
  await page.getByLabel("Verification code").fill(signUpCode === codeIn(message.text) ? "000000" : signUpCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expectAccessible(page, "second step with errors");
  // A new code to the same place clears the "not correct" (the 30-second wait is aged away here).
  await db(
    `UPDATE "OtpChallenge" SET "createdAt" = now() - interval '1 minute' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  const beforeResend = Date.now();
  await page.getByRole("button", { name: "Send a new code" }).click();
  const resent = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() > beforeResend,
  );
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  await expect(page.getByTestId("code-sent-to")).toBeVisible();
  await page.getByLabel("Verification code").fill(codeIn(resent.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/sign-in/verify");
  await expect(page).toHaveURL(/\/dashboard$/);
});
