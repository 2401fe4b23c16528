import { appCode, createAccount, enterPassword, signInWithEmailCode } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

test("signing in with an emailed code", async ({ page, mail }) => {
  const account = await createAccount({ label: "email-code" });
  await signInWithEmailCode(page, mail, account);
  await expectAccessible(page, "dashboard after sign-in");
});

test("signing in with an authentication app code", async ({ page }) => {
  const account = await createAccount({ label: "app-code", methods: ["TOTP"] });
  await enterPassword(page, account);
  await expectAccessible(page, "second step with an app");
  await page.getByLabel("Verification code").fill(await appCode(account.totpSecret!));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test("signing in with a texted code, choosing text over email", async ({ page, sms }) => {
  const account = await createAccount({ label: "text-code", methods: ["EMAIL", "SMS"] });
  await enterPassword(page, account);
  // Email is the default way; text is one of the other ways, and a new code goes to the same place.
  await expect(page.getByTestId("code-goes-to")).toContainText("email");
  await page.getByRole("link", { name: /Get a code by text message to .*0186/ }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify\?way=sms$/);
  await expectAccessible(page, "second step, text message chosen");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByTestId("code-sent-to")).toContainText("0186");
  await expect(page.getByTestId("other-ways").getByRole("link", { name: /Get a code by email/ })).toBeVisible();
  await expect(page.getByTestId("other-ways").getByRole("link", { name: "Use your backup code" })).toBeVisible();
  const text = await sms.waitForMessage((m) => m.to === account.phone);
  await page.getByLabel("Verification code").fill(/\b(\d{6})\b/.exec(text.body)![1]);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});
