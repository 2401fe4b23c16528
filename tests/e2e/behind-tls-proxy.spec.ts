import { createAccount, enterPassword, passWithEmailCode } from "./accounts";
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

  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
  await enterPassword(page, account);
  const answer = await answered;
  expect(answer.headers()["x-action-redirect"]).toMatch(/^\/sign-in\/verify/);
  // The second step's page came inside the action's answer.
  expect(await answer.text()).toContain("Send code");
  await expect(page.getByRole("button", { name: "Send code" })).toBeVisible();
  await expectAccessible(page, "second step behind a TLS proxy");

  await passWithEmailCode(page, mail, account, /\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(pagesFetchedAgain).toEqual([]);
});
