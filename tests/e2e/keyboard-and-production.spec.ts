import { codeIn } from "../support/smtp-sink";
import { expect, expectBrowserError, failedToLoad, GOOD_PASSWORD, test, uniqueEmail } from "./fixtures";
import { confirmationLink } from "./journey";

test("the sign-up steps work with the keyboard alone, and errors link to their fields", async ({ page, mail }) => {
  const email = uniqueEmail("keyboard");
  await page.goto("/sign-up");
  // The skip link comes first.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Submitting empty puts focus on the error summary; its link moves focus to the field.
  await page.getByLabel("Email address", { exact: true }).focus();
  await page.keyboard.press("Enter");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Email address", { exact: true })).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  // Who the account is for: Tab reaches the first choice, Space picks it.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("For myself")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("For myself")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Sign Up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);

  await page.goto(await confirmationLink(mail, email));
  await page.getByRole("button", { name: "Confirm my email and continue" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  await page.getByLabel("I have read and agree to the Terms of Use").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/password$/);
  // The next step starts from its heading, not from wherever focus was left.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  await page.getByLabel("Password", { exact: true }).focus();
  await page.keyboard.type(GOOD_PASSWORD);
  await page.keyboard.press("Tab"); // show password
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("type", "text");
  await page.getByLabel("Confirm password").focus();
  await page.keyboard.type(GOOD_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);

  // Radio buttons: arrow keys move between the choices.
  await page.getByLabel("Authentication app (recommended)").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Email", { exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  const message = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").focus();
  await page.keyboard.type(codeIn(message.text));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/backup-code$/);

  await page.getByLabel("I have saved my backup code somewhere safe").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-up\/security-questions$/);

  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Question ${i}`, { exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.type(`keyboard answer ${i}`);
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard/);
});

test("the local outbox does not exist in production, and nothing claims to be a government site", async ({ page }) => {
  const response = await expectBrowserError(page, failedToLoad(404), () => page.goto("/dev/outbox"));
  expect(response?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByTestId("independent-note")).toHaveText(
    "An independent applicant portal. This is not an official government website.",
  );
  await expect(page.getByText("Test Immigration Agency").first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/official website of the United States government/i);
});

test("security headers: a CSP with a nonce, no framing, no caching of pages", async ({ page }) => {
  const response = await page.goto("/sign-up");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
