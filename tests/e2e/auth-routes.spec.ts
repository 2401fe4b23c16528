import { APP_URL, createAccount, signInWithEmailCode } from "./accounts";
import { portalEnv } from "./e2e-env";
import { db, expect, signOut, test, type Page } from "./fixtures";

// The session cookie is the portal's own session token, encrypted with next-auth's JWT encoding. Only the
// portal's server actions put a token into a cookie and take it out again; nothing over HTTP may
// hand the token to a script or turn a token into a cookie.

const COOKIE = "__Host-portal.session";

async function sessionCookieOf(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === COOKIE);
  expect(cookie, "the session cookie").toBeDefined();
  return cookie!;
}

/** The raw session token inside the cookie, read the way the server reads it. */
async function tokenIn(cookieValue: string): Promise<string> {
  const { decode } = await import("next-auth/jwt");
  const jwt = await decode({ token: cookieValue, secret: portalEnv("postgresql://unused").AUTH_SECRET, salt: COOKIE });
  expect(typeof jwt?.sessionToken).toBe("string");
  return jwt!.sessionToken as string;
}

test("no route under /api/auth gives out the session token or turns one into a cookie", async ({ page, browser, mail }) => {
  const account = await createAccount({ label: "auth-routes" });
  await signInWithEmailCode(page, mail, account);
  const cookie = await sessionCookieOf(page);
  const token = await tokenIn(cookie.value);

  // The session as a script in the page would ask for it.
  const session = await page.request.get("/api/auth/session");
  expect(session.status()).toBe(404);
  expect(await session.text()).not.toContain(token);
  for (const path of ["/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/signout"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(token);
  }

  // The portal's own status route, which the idle-timeout warning asks, tells the time left only.
  const status = await page.request.get("/api/session");
  expect(status.status()).toBe(200);
  expect(Object.keys((await status.json()) as Record<string, unknown>).sort()).toEqual([
    "full",
    "idleLimited",
    "remainingMs",
    "signedIn",
    "warningMs",
  ]);
  expect(await status.text()).not.toContain(token);

  // The stolen token, posted from another browser to next-auth's credentials callback: no cookie
  // comes back, and that browser is still signed out.
  const other = await browser.newContext({ baseURL: APP_URL });
  const callback = await other.request.post("/api/auth/callback/session-token", {
    form: { token, csrfToken: "any", callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(callback.status()).toBe(404);
  expect(callback.headers()["set-cookie"] ?? "").not.toContain(COOKIE);
  expect((await other.cookies()).map((c) => c.name)).not.toContain(COOKIE);
  const otherPage = await other.newPage();
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  // The owner is still signed in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing out ends the session on the server: the old cookie, replayed, no longer works", async ({ page, browser, mail }) => {
  const account = await createAccount({ label: "sign-out-replay" });
  const signedInAt = Date.now();
  await signInWithEmailCode(page, mail, account);
  const cookie = await sessionCookieOf(page);
  // Out of reach of scripts, sent on same-site navigations only, and gone after the 12-hour limit.
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
  expect(cookie.expires * 1000).toBeGreaterThan(signedInAt + 11.9 * 3600_000);
  expect(cookie.expires * 1000).toBeLessThan(Date.now() + 12 * 3600_000 + 60_000);

  // next-auth's own sign-out, which cleared the cookie and left the session alive, is gone.
  expect((await page.request.post("/api/auth/signout", { form: { csrfToken: "any" }, maxRedirects: 0 })).status()).toBe(404);

  await page.goto("/dashboard");
  await signOut(page);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain(COOKIE);
  const sessions = await db<{ revokedAt: Date | null }>(`SELECT "revokedAt" FROM "Session" WHERE "userId" = $1`, [account.id]);
  expect(sessions.length).toBeGreaterThan(0);
  expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);

  // Another browser with a copy of the cookie as it was before the sign-out.
  const replay = await browser.newContext({ baseURL: APP_URL });
  await replay.addCookies([cookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in\?reason=signed-out$/);
  await replay.close();
});
