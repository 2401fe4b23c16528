import { codeIn } from "../support/smtp-sink";
import { createAccount } from "./accounts";
import { expect, expectAccessible, test } from "./fixtures";

// In production the portal sits behind a proxy that ends TLS and says so in X-Forwarded-Proto. When
// a server action redirects, Next.js renders the next page by fetching it from the portal's own
// process; it used to build that address from the header (https://localhost) and fail on every
// redirect, logging an error, so the browser had to ask for the page again. The portal's server now
// gives Next.js its own address (lib/http/redirect-render-hop.ts).

test("behind a proxy that ends TLS, each step's answer brings the next page, with no second request", async ({ page, mail }) => {
  const account = await createAccount({ label: "tls-proxy", methods: ["EMAIL"] });
  await page.setExtraHTTPHeaders({ "X-Forwarded-Proto": "https" });
  const pagesFetchedAgain: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (request.method() === "GET" && headers["rsc"] && !headers["next-router-prefetch"])
      pagesFetchedAgain.push(new URL(request.url()).pathname);
  });

  await page.goto("/sign-in");
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
  await page.getByRole("button", { name: "Sign In" }).click();
  const answer = await answered;
  expect(answer.headers()["x-action-redirect"]).toMatch(/^\/sign-in\/verify/);
  // The second step's page came inside the action's answer.
  expect(await answer.text()).toContain("Send code");
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await expect(page.getByRole("button", { name: "Send code" })).toBeVisible();
  await expectAccessible(page, "second step behind a TLS proxy");

  const before = Date.now();
  await page.getByRole("button", { name: "Send code" }).click();
  const message = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= before,
  );
  await page.getByLabel("Verification code").fill(codeIn(message.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(pagesFetchedAgain).toEqual([]);
});
