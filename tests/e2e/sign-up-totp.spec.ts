import { generate } from "otplib";
import { db, expect, expectAccessible, GOOD_PASSWORD, signOut, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";

/** A code for the time step after `after` (so a test never reuses one the server already took). */
async function freshTotp(secret: string, notEqual?: string): Promise<string> {
  for (;;) {
    const code = await generate({ secret });
    if (code !== notEqual) return code;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

test("creates an account with an authentication app; a code is never accepted twice", async ({ page, mail }) => {
  const email = uniqueEmail("totp-journey");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.getByLabel("Authentication app (recommended)").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expectAccessible(page, "authentication app set-up");
  const secret = (await page.getByTestId("totp-key").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("Verification code").fill("123456" === (await generate({ secret })) ? "654321" : "123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("not correct");

  const code = await freshTotp(secret);
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);
  await answerQuestions(page);

  const [row] = await db<{ totpSecretEnc: string; lastTotpStep: string }>(
    `SELECT m."totpSecretEnc", m."lastTotpStep"::text AS "lastTotpStep" FROM "MfaMethod" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m.kind = 'TOTP' AND m."verifiedAt" IS NOT NULL`,
    [email],
  );
  expect(row.totpSecretEnc).toMatch(/^v1\./);
  expect(row.totpSecretEnc).not.toContain(secret);
  expect(Number(row.lastTotpStep)).toBeGreaterThan(0);

  // Sign out and back in: the same code (same time step) is refused; the next one works.
  await signOut(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("already used");
  await page.getByLabel("Verification code").fill(await freshTotp(secret, code));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});
