import { db, expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";

test("creates an account with text-message codes sent through the Twilio SDK", async ({ page, mail, sms }) => {
  const email = uniqueEmail("sms-journey");
  await signUpToPassword(page, mail, email);
  await setPassword(page);

  await page.getByLabel("Text message (SMS)").check();
  await page.getByLabel("U.S. mobile phone number").fill("12345");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("valid 10-digit U.S. mobile phone number");
  await expectAccessible(page, "phone number error");
  await page.getByLabel("Text message (SMS)").check();
  await page.getByLabel("U.S. mobile phone number").fill("(202) 555-0143");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  await expect(page.getByTestId("code-sent-to")).toContainText("(***) ***-0143");
  const text = await sms.waitForMessage((m) => m.to === "+12025550143", 15_000);
  expect(text.from).toBe("+15005550006");
  const code = /\b(\d{6})\b/.exec(text.body)![1];
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();

  await saveBackupCode(page);
  await answerQuestions(page);

  const [user] = await db<{ id: string; registrationStep: string }>(`SELECT id, "registrationStep" FROM "User" WHERE email = $1`, [email]);
  expect(user.registrationStep).toBe("COMPLETE");
  const methods = await db<{ kind: string; phone: string | null; verifiedAt: Date | null }>(
    `SELECT kind, phone, "verifiedAt" FROM "MfaMethod" WHERE "userId" = $1`,
    [user.id],
  );
  expect(methods).toEqual([{ kind: "SMS", phone: "+12025550143", verifiedAt: expect.any(Date) }]);
  // No email code was sent: the code went by text only.
  expect(mail.messages(email).filter((m) => m.subject.startsWith("Your verification code"))).toHaveLength(0);
});

test("email and text together: the code goes by text, both methods are kept", async ({ page, mail, sms }) => {
  const email = uniqueEmail("both-journey");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.getByLabel("Email and text message").check();
  await page.getByLabel("U.S. mobile phone number").fill("202-555-0188");
  await page.getByRole("button", { name: "Continue" }).click();
  const text = await sms.waitForMessage((m) => m.to === "+12025550188", 15_000);
  await page.getByLabel("Verification code").fill(/\b(\d{6})\b/.exec(text.body)![1]);
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);
  await answerQuestions(page);
  const methods = await db<{ kind: string }>(
    `SELECT m.kind FROM "MfaMethod" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m."verifiedAt" IS NOT NULL ORDER BY m.kind`,
    [email],
  );
  expect(methods.map((m) => m.kind)).toEqual(["EMAIL", "SMS"]);
});
