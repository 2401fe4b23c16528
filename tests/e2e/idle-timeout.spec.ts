import { createAccount, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { confirmationLink, submitEmail } from "./journey";
import { caseInAccount } from "./messages";
import { SHORT_URL, startShortTimeoutServer } from "./short-timeout-server";
import { signInAgain } from "./sign-in-again";

// Against a second server whose idle timeout is 45 seconds with a 30-second warning.
test.use({ baseURL: SHORT_URL });

let server: { stop: () => Promise<void> } | undefined;
test.beforeAll(async () => {
  server = await startShortTimeoutServer();
});
test.afterAll(async () => {
  await server?.stop();
});

async function liveSession(userId: string) {
  const [row] = await db<{ id: string; lastSeenAt: Date; revokedAt: Date | null }>(
    `SELECT id, "lastSeenAt", "revokedAt" FROM "Session" WHERE "userId" = $1 AND level = 'FULL' ORDER BY "createdAt" DESC LIMIT 1`,
    [userId],
  );
  return row;
}

test("the idle warning keeps a person signed in, then signs them out and keeps their form", async ({ page, mail }) => {
  test.setTimeout(180_000);
  const account = await createAccount({ label: "idle", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  await page.goto("/settings/contact");
  await expect(page.getByRole("heading", { name: "Contact information", level: 1 })).toBeVisible();
  // The server sends the closed warning empty: its texts are drawn when it opens, not on every page.
  const served = await (await page.request.get("/settings/contact")).text();
  expect(served).toContain('data-testid="idle-warning"');
  expect(served).not.toContain('id="idle-warning-heading"');
  await page.getByLabel("Full name").fill("Ana Díaz");
  await page.getByLabel("City or town").fill("Springfield");
  await page.getByLabel("State or territory").selectOption("IL");
  await page.getByLabel("ZIP code").fill("62704");

  // The warning: a modal dialog, focus on the primary button, the time left announced politely.
  const dialog = page.getByRole("dialog", { name: "Are you still there?" });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole("button", { name: "Keep me signed in" })).toBeFocused();
  await expect(page.getByTestId("idle-announcement")).toHaveText(/^You will be signed out in \d+ seconds\.$/);
  await expect(page.getByTestId("idle-countdown")).toHaveText(/^0:[0-3]\d$/);
  await expectAccessible(page, "the idle-timeout warning");

  // Escape does not sign out: it keeps the session, like the primary button.
  const before = await liveSession(account.id);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await liveSession(account.id)).lastSeenAt.getTime()).toBeGreaterThan(before.lastSeenAt.getTime());
  await expect(page.getByLabel("Full name")).toHaveValue("Ana Díaz");

  // Again, with the button this time.
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const second = await liveSession(account.id);
  await dialog.getByRole("button", { name: "Keep me signed in" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await liveSession(account.id)).lastSeenAt.getTime()).toBeGreaterThan(second.lastSeenAt.getTime());

  // Then nobody answers: off to the sign-in page with a calm message.
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/sign-in\?reason=timed-out$/, { timeout: 45_000 });
  await expect(page.getByTestId("sign-in-reason")).toHaveText(/^You were signed out after 45 seconds without activity/);
  await expect(page.getByTestId("sign-in-reason")).toContainText(
    "What you had typed on a page (a form you are filing online, your contact information, a secure message,",
  );
  await expectAccessible(page, "sign-in after an idle sign-out");

  // The old cookie is still in the browser; the server refuses it on pages and on the session API.
  expect((await page.context().cookies()).length).toBeGreaterThan(0);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/);
  expect(await (await page.request.post("/api/session", { headers: { origin: SHORT_URL } })).json()).toEqual({ signedIn: false });
  expect(await (await page.request.get("/api/session")).json()).toEqual({ signedIn: false });

  // Signed in again, the contact form shows what was being typed.
  await signInAgain(page, mail, account);
  await page.goto("/settings/contact");
  await expect(page.getByTestId("kept-draft")).toContainText("We kept what you had entered");
  await expect(page.getByLabel("Full name")).toHaveValue("Ana Díaz");
  await expect(page.getByLabel("City or town")).toHaveValue("Springfield");
  await expect(page.getByLabel("State or territory")).toHaveValue("IL");
  await expect(page.getByLabel("ZIP code")).toHaveValue("62704");
  await expectAccessible(page, "contact information with a kept draft");
});

test("an idle sign-out keeps a message being written, and gives it back after signing in again", async ({ page, mail }) => {
  test.setTimeout(120_000);
  const account = await createAccount({ label: "idle-message", methods: ["EMAIL"] });
  const paper = await caseInAccount(account);
  await signInWithEmailCode(page, mail, account);
  await page.goto(`/messages/new?case=${paper.receiptNumber}`);
  await page.getByLabel("Subject").fill("My interview date");
  await page.getByLabel("Your message", { exact: true }).fill("I will be away in May.\nCould it be in June?");

  await expect(page.getByRole("dialog", { name: "Are you still there?" })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/sign-in\?reason=timed-out$/, { timeout: 45_000 });

  await signInAgain(page, mail, account);
  await page.goto("/messages/new");
  await expect(page.getByTestId("kept-draft")).toContainText("We kept what you had written before you were signed out.");
  await expect(page.getByLabel("Which case is your message about?")).toHaveValue(paper.receiptNumber);
  await expect(page.getByLabel("Subject")).toHaveValue("My interview date");
  await expect(page.getByLabel("Your message", { exact: true })).toHaveValue("I will be away in May.\nCould it be in June?");
});

test("'Sign me out' in the warning ends the session on the server", async ({ page, mail }) => {
  const account = await createAccount({ label: "idle-out", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  const dialog = page.getByRole("dialog", { name: "Are you still there?" });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole("button", { name: "Sign me out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out-by-you$/);
  expect((await liveSession(account.id)).revokedAt).not.toBeNull();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/);
});

test("a session kept alive in another tab is not signed out when this tab's countdown ends", async ({ page, mail }) => {
  const account = await createAccount({ label: "idle-tabs", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  const dialog = page.getByRole("dialog", { name: "Are you still there?" });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  const shownAt = Date.now();

  // Another tab of the same browser keeps the session alive (the same cookie, the same request).
  const kept = (await (await page.request.post("/api/session", { headers: { origin: SHORT_URL } })).json()) as {
    signedIn: boolean;
    remainingMs: number;
  };
  expect(kept).toMatchObject({ signedIn: true, remainingMs: expect.any(Number) });
  expect(kept.remainingMs).toBeGreaterThan(40_000);

  // This tab's countdown runs out, it asks the server, and carries on instead of signing out.
  await page.waitForTimeout(Math.max(0, shownAt + 33_000 - Date.now()));
  await expect(page).toHaveURL(/\/dashboard/);
  expect(((await (await page.request.get("/api/session")).json()) as { signedIn: boolean }).signedIn).toBe(true);
  await expect(dialog.getByRole("button", { name: "Keep me signed in" })).toBeVisible();
  await dialog.getByRole("button", { name: "Keep me signed in" }).click();
  await expect(dialog).toBeHidden();
});

test("a sign-up step warns before its session times out, and keeping it lets the sign-up go on", async ({ page, mail }) => {
  const email = uniqueEmail("idle-sign-up");
  await submitEmail(page, email);
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  // The link names the run's main server: the same path on this one.
  const link = new URL(await confirmationLink(mail, email));
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);

  const dialog = page.getByRole("dialog", { name: "Are you still there?" });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole("button", { name: "Keep me signed in" })).toBeFocused();
  await expectAccessible(page, "the idle-timeout warning during sign-up");
  await dialog.getByRole("button", { name: "Keep me signed in" }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel("I have read and agree to the Terms of Use").check();
  await page.getByRole("button", { name: "I Agree" }).click();
  await expect(page).toHaveURL(/\/sign-up\/password$/);
});
