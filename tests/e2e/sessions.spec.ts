import { APP_URL, createAccount, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, test } from "./fixtures";
import { signInAgain } from "./sign-in-again";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

test("ending another session from settings signs that browser out, and the history shows the sign-ins", async ({ page, browser, mail }) => {
  const account = await createAccount({ label: "sessions", methods: ["EMAIL"] });
  const contextB = await browser.newContext({ baseURL: APP_URL, userAgent: FIREFOX_ON_WINDOWS });
  // Browser B's pages are watched for 5xx responses like every other (tests/e2e/fixtures.ts).
  const pageB = await contextB.newPage();

  await signInWithEmailCode(page, mail, account);
  await signInAgain(pageB, mail, account);

  // B opens its own list first; it will try to act from this page after it was signed out.
  await pageB.goto("/settings/sessions");
  await expect(pageB.getByTestId("session-current")).toContainText("Firefox on Windows");

  await page.goto("/settings/sessions");
  await expect(page.getByTestId("session-current")).toContainText("This device");
  await expect(page.getByTestId("session-other")).toHaveCount(1);
  await expect(page.getByTestId("session-other")).toContainText("Firefox on Windows");
  await expect(page.getByTestId("session-other")).toContainText("Local network (");
  await expectAccessible(page, "the sessions list");

  await page.getByRole("button", { name: /^Sign out of Firefox on Windows/ }).click();
  await expect(page.getByTestId("session-ended")).toContainText("Signed out of Firefox on Windows.");
  await expect(page.getByTestId("session-other")).toHaveCount(0);
  await expect(page.getByText("You are not signed in anywhere else.")).toBeVisible();
  await expectAccessible(page, "the sessions list after ending one");
  const [ended] = await db<{ revokedAt: Date | null }>(`SELECT "revokedAt" FROM "Session" WHERE "userId" = $1 AND "userAgent" = $2`, [
    account.id,
    FIREFOX_ON_WINDOWS,
  ]);
  expect(ended.revokedAt).not.toBeNull();

  // B replays its cookie on an action from the page it still shows: refused, A stays signed in.
  await pageB.getByRole("button", { name: "Sign out of all other sessions" }).click();
  await expect(pageB).toHaveURL(/\/sign-in\?reason=signed-out$/);
  await page.reload();
  await expect(page).toHaveURL(/\/settings\/sessions$/);
  await expect(page.getByTestId("session-current")).toBeVisible();
  // And on the next page load.
  await pageB.goto("/dashboard");
  await expect(pageB).toHaveURL(/\/sign-in\?reason=signed-out$/);

  await page.goto("/settings/history");
  const table = page.getByTestId("history-table");
  await expect(table.getByRole("row").filter({ hasText: /^Signed in/ })).toHaveCount(2);
  await expect(table.getByRole("row", { name: /Signed out of another session/ })).toHaveCount(1);
  await expect(table.getByRole("row", { name: /Firefox on Windows/ }).first()).toBeVisible();
  await expect(table.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expectAccessible(page, "account history");
  await contextB.close();
});

test("'Sign out of all other sessions' ends every other browser's session", async ({ page, browser, mail }) => {
  const account = await createAccount({ label: "sessions-all", methods: ["EMAIL"] });
  const contexts = [
    await browser.newContext({ baseURL: APP_URL }),
    await browser.newContext({ baseURL: APP_URL, userAgent: FIREFOX_ON_WINDOWS }),
  ];
  const others = await Promise.all(contexts.map((c) => c.newPage()));
  for (const other of others) await signInAgain(other, mail, account);
  await signInAgain(page, mail, account);

  await page.goto("/settings/sessions");
  await expect(page.getByTestId("session-other")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out of all other sessions" }).click();
  await expect(page.getByTestId("sessions-ended")).toContainText("Signed out of 2 other sessions.");
  await expectAccessible(page, "the sessions list after ending all others");
  for (const other of others) {
    await other.goto("/settings");
    await expect(other).toHaveURL(/\/sign-in\?reason=signed-out$/);
  }
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings$/);
  for (const c of contexts) await c.close();
});

test("a long account history goes a page at a time, newest first, by keyboard", async ({ page, mail }) => {
  const account = await createAccount({ label: "long-history", methods: ["EMAIL"] });
  // Thirty failed tries in the past weeks: older than anything the sign-in below records.
  await db(
    `INSERT INTO "SecurityEvent" (id, "userId", kind, ip, "userAgent", at)
     SELECT gen_random_uuid(), $1, 'sign_in.password_failed', '198.51.100.7', 'browser test', now() - make_interval(days => n)
     FROM generate_series(1, 30) AS n`,
    [account.id],
  );
  await signInWithEmailCode(page, mail, account);
  await page.goto("/settings/history");
  const [{ count }] = await db<{ count: string }>(`SELECT count(*) FROM "SecurityEvent" WHERE "userId" = $1`, [account.id]);
  const total = Number(count);
  const table = page.getByTestId("history-table");
  const rows = table.locator("tbody tr");
  await expect(table.locator("caption")).toHaveText(`Page 1 of 2 (${total} entries)`);
  await expect(rows).toHaveCount(25);
  // Newest first: today's sign-in at the top.
  await expect(rows.first()).not.toContainText("Failed sign-in: wrong password");
  const pages = page.getByRole("navigation", { name: "Account history pages" });
  await expect(pages.getByRole("link")).toHaveText(["Older entries"]);
  await expectAccessible(page, "account history, page 1 of 2");

  await pages.getByRole("link", { name: "Older entries" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/settings/history?page=2");
  await expect(table.locator("caption")).toHaveText(`Page 2 of 2 (${total} entries)`);
  await expect(rows).toHaveCount(total - 25);
  // The oldest, 30 days ago, last.
  await expect(rows.last()).toContainText("Failed sign-in: wrong password");
  await expect(pages.getByRole("link")).toHaveText(["Newer entries"]);
  await expect(pages.getByRole("link", { name: "Newer entries" })).toHaveAttribute("rel", "prev");
  await expectAccessible(page, "account history, page 2 of 2");
});
