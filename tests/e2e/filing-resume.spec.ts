import { createAccount, signInWithEmailCode } from "./accounts";
import { answerAndContinue, answerPage, AR11_PAGES, heading } from "./filing-pages";
import { db, expect, expectAccessible, test } from "./fixtures";
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

test("leaving a form half-way, being signed out for inactivity, and resuming loses nothing", async ({ page, mail }) => {
  test.setTimeout(240_000);
  const account = await createAccount({ label: "filing-idle", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  await page.goto("/file");
  await page.getByRole("button", { name: /^Start AR-11/ }).click();
  await expect(page).toHaveURL(/\/file\/[0-9a-f-]{36}$/);
  const filingId = page.url().split("/").at(-1)!;
  await page.getByRole("link", { name: "About you" }).click();
  await answerAndContinue(page, AR11_PAGES[0].title, AR11_PAGES[0].answers);

  // Half-way through the next page, the person walks away.
  await expect(heading(page, "Your date of birth and A-Number")).toBeVisible();
  await answerPage(page, { dateOfBirth: "1990-03-04", aNumber: "A12345678" });
  const dialog = page.getByRole("dialog", { name: "Are you still there?" });
  await expect(dialog).toBeVisible({ timeout: 40_000 });
  await expect(page).toHaveURL(/\/sign-in\?reason=timed-out$/, { timeout: 45_000 });

  // Back again: the draft is on the dashboard with its last save.
  await signInAgain(page, mail, account);
  await page.goto("/dashboard");
  const draft = page.getByTestId("draft-card").filter({ hasText: "AR-11, Change of address" });
  await expect(draft).toContainText(/Last saved (just now|\d+ minutes? ago)/);
  await expectAccessible(page, "the dashboard with a draft");
  await draft.getByRole("link", { name: /^Resume/ }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}$`));
  await expect(page.getByTestId("task").filter({ hasText: "About you" })).toContainText("In progress");

  // What was saved with Continue is there, and what was being typed when the sign-out came is put back.
  await page.getByRole("link", { name: "About you" }).click();
  await expect(page.locator("#familyName")).toHaveValue("Diaz");
  await expect(page.locator("#givenName")).toHaveValue("Ana");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(heading(page, "Your date of birth and A-Number")).toBeVisible();
  await expect(page.getByTestId("kept-draft")).toContainText("We kept what you had entered");
  await expect(page.locator("#dateOfBirth-day")).toHaveValue("04");
  await expect(page.locator("#dateOfBirth-month")).toHaveValue("03");
  await expect(page.locator("#dateOfBirth-year")).toHaveValue("1990");
  await expect(page.locator("#aNumber")).toHaveValue("A12345678");
  await expectAccessible(page, "a question page with a kept draft");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(heading(page, "Your new address")).toBeVisible();
  const [row] = await db<{ answers: Record<string, unknown> }>(`SELECT answers FROM "Filing" WHERE id = $1`, [filingId]);
  expect(row.answers).toMatchObject({ familyName: "Diaz", givenName: "Ana", dateOfBirth: "1990-03-04" });

  // Deleting a draft asks first.
  await page.goto("/dashboard");
  await page
    .getByTestId("draft-card")
    .getByRole("link", { name: /^Delete/ })
    .click();
  await expect(heading(page, "Are you sure you want to delete this form?")).toBeVisible();
  await expectAccessible(page, "the delete confirmation");
  await page.getByRole("button", { name: "Yes, delete this form" }).click();
  await expect(page.getByTestId("draft-deleted")).toBeVisible();
  await expect(page.getByTestId("draft-list")).toHaveCount(0);
  expect(await db(`SELECT id FROM "Filing" WHERE id = $1`, [filingId])).toHaveLength(0);
});
