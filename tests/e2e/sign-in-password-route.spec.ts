import { APP_URL, createAccount } from "./accounts";
import type { Page } from "@playwright/test";
import { db, expect, expectAccessible, expectBrowserError, test } from "./fixtures";

/** React has taken over the sign-in form (it marks the elements it hydrates), so a press runs its script. */
async function formHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    return Boolean(form) && Object.keys(form!).some((key) => key.startsWith("__reactProps"));
  });
}

// The password step is one POST to /sign-in/password answered with the result alone (the next page
// is fetched by the page); without JavaScript the same step runs as the form's server action.

test("the password step posts once to its route, shows refusals from it, and moves on to the second step", async ({ page }) => {
  const account = await createAccount({ label: "route" });
  await page.goto("/sign-in");
  await formHydrated(page);
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill("Wrong-password-9!");
  const refused = page.waitForResponse((r) => r.url().endsWith("/sign-in/password") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign In" }).click();
  const refusal = await refused;
  expect(await refusal.json()).toMatchObject({ ok: false, code: "sign_in_failed" });
  expect(refusal.headers()["set-cookie"]).toBeUndefined();
  await expect(page.getByTestId("error-summary")).toContainText("The email address or password is incorrect");
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(account.email);
  await expectAccessible(page, "sign in refused through the route");

  await page.getByLabel("Password", { exact: true }).fill(account.password);
  const answered = page.waitForResponse((r) => r.url().endsWith("/sign-in/password") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign In" }).click();
  const answer = await answered;
  expect(await answer.json()).toEqual({ ok: true, redirectTo: "/sign-in/verify" });
  expect(answer.headers()["cache-control"]).toContain("no-store");
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await expect(page.getByRole("button", { name: "Send code" })).toBeVisible();
});

test("when the portal cannot be reached, the form says so, keeps the email, and works once it can", async ({ page }) => {
  const account = await createAccount({ label: "route-offline" });
  await page.goto("/sign-in");
  await formHydrated(page);
  await page.route("**/sign-in/password", (route) => route.abort("internetdisconnected"));
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await expectBrowserError(page, /ERR_INTERNET_DISCONNECTED/, () => page.getByRole("button", { name: "Sign In" }).click());
  await expect(page.getByTestId("error-summary")).toContainText("We could not reach the portal. Check your internet connection");
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(account.email);
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.unroute("**/sign-in/password");
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
});

test("an answer that is not the step's (a proxy's error page) shows the generic message and keeps the email", async ({ page }) => {
  const account = await createAccount({ label: "route-proxy-error" });
  await page.goto("/sign-in");
  await formHydrated(page);
  await page.route("**/sign-in/password", (route) =>
    route.fulfill({ status: 502, contentType: "text/html", body: "<h1>502 Bad Gateway</h1>" }),
  );
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  // Expected here: the 502 itself and Chromium's console line for it.
  await expectBrowserError(page, /\b502\b/, () => page.getByRole("button", { name: "Sign In" }).click());
  await expect(page.getByTestId("error-summary")).toContainText("Something went wrong on our side and nothing was changed");
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(account.email);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a person who stopped sign-up before choosing a verification method is taken on to that step", async ({ page }) => {
  const account = await createAccount({ label: "route-unfinished", methods: [] });
  await db(`UPDATE "User" SET "registrationStep" = 'MFA_METHOD' WHERE id = $1`, [account.id]);
  await page.goto("/sign-in");
  await formHydrated(page);
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  const answered = page.waitForResponse((r) => r.url().endsWith("/sign-in/password") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign In" }).click();
  expect(await (await answered).json()).toEqual({ ok: true, redirectTo: "/sign-up/continue" });
  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);
  await expectAccessible(page, "the verification-method step after signing in");
});

test("a post to the route from another site is refused and signs nobody in", async ({ request }) => {
  const account = await createAccount({ label: "route-cross-site" });
  const response = await request.post(`${APP_URL}/sign-in/password`, {
    headers: { origin: "http://elsewhere.test" },
    multipart: { email: account.email, password: account.password },
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts the same step as a plain form: a refusal is shown, then the second step", async ({ page }) => {
    const account = await createAccount({ label: "route-no-js" });
    await page.goto("/sign-in");
    await page.getByLabel("Email address", { exact: true }).fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill("Wrong-password-9!");
    await page.getByRole("button", { name: "Sign In" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("The email address or password is incorrect");
    await page.getByLabel("Email address", { exact: true }).fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Sign In" }).click();
    await expect(page).toHaveURL(/\/sign-in\/verify$/);
  });
});
