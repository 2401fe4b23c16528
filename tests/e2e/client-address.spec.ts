import { createAccount, type Account } from "./accounts";
import { E2E_PORT } from "./e2e-env";
import { expect, test, type Page } from "./fixtures";
import { startExtraPortal } from "./portal-process";

// The client address as the portal's server (server.ts) works it out: the connection's own address
// unless a trusted proxy vouches for an X-Forwarded-For hop. Seen where it matters: the sign-in
// proof-of-work, which three failures from one address switch on, and the security email.

const PAUSED = "Sign-in to your account is paused";

/** Opens the sign-in page with these request headers (on every request of the page, actions too). */
async function openSignIn(page: Page, headers: Record<string, string>): Promise<void> {
  await page.setExtraHTTPHeaders(headers);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
}

async function wrongPassword(page: Page, account: Account, attempt: number): Promise<void> {
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(`Wrong-Password-${attempt}!`);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
}

test("with no trusted proxy, forged forwarding headers change neither the proof-of-work nor the address in the email", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "forged-address" });
  for (let attempt = 1; attempt <= 5; attempt++) {
    // A new address on every try, in every header a script could write, the portal's internal one included.
    await openSignIn(page, {
      "X-Forwarded-For": `198.51.100.${attempt}`,
      "X-Real-IP": `198.51.100.${attempt + 10}`,
      "X-Portal-Client-Address": `198.51.100.${attempt + 20}`,
    });
    // Three failures from this connection's address, whatever it claimed: the security check is on.
    if (attempt > 3) await expect(page.getByTestId("pow-status")).toContainText(/security check/i);
    await wrongPassword(page, account, attempt);
  }
  const notice = await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith(PAUSED));
  expect(notice.text).toMatch(/Location: Local network \((127\.0\.0\.1|::1)\)\./);
  expect(notice.text).not.toContain("198.51.100.");
});

test.describe("behind one trusted proxy (TRUSTED_PROXIES=1)", () => {
  const PROXIED_PORT = E2E_PORT + 4;
  test.use({ baseURL: `http://localhost:${PROXIED_PORT}` });

  let server: { stop: () => Promise<void> } | undefined;
  test.beforeAll(async () => {
    server = await startExtraPortal(PROXIED_PORT, { TRUSTED_PROXIES: "1" });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("the address is the hop the proxy appended: the hops the client wrote change nothing, and another client is not slowed", async ({
    page,
    mail,
  }) => {
    const account = await createAccount({ label: "proxied-address" });
    const client = "203.0.113.77";
    for (let attempt = 1; attempt <= 5; attempt++) {
      // An appending proxy: whatever the client sent, then the address the proxy saw.
      await openSignIn(page, { "X-Forwarded-For": `198.51.100.${30 + attempt}, ${client}` });
      // Every request here comes from 127.0.0.1, which has failed often in this run: the check
      // follows the client's own failures, not the connection's.
      if (attempt > 3) await expect(page.getByTestId("pow-status")).toContainText(/security check/i);
      else await expect(page.getByTestId("pow-status")).toHaveCount(0);
      await wrongPassword(page, account, attempt);
    }
    await openSignIn(page, { "X-Forwarded-For": "203.0.113.78" });
    await expect(page.getByTestId("pow-status")).toHaveCount(0);

    const notice = await mail.waitForMessage((m) => m.to.includes(account.email) && m.subject.startsWith(PAUSED));
    expect(notice.text).toContain(`Location: Internet address ${client}.`);
    expect(notice.text).not.toContain("198.51.100.");
  });
});
