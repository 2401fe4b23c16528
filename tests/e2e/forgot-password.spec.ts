import type { Page } from "./fixtures";
import { linkIn, type SmtpSink } from "../support/smtp-sink";
import { ANSWERS, createAccount, enterPassword, signInWithEmailCode, type Account } from "./accounts";
import { db, expect, expectAccessible, test, uniqueEmail } from "./fixtures";

const NEW_PASSWORD = "Lantern-Orchard-Fox-58?";
const QUESTIONS = [
  "What was the name of your first pet?",
  "What is the name of the street you grew up on?",
  "What was the first name of your childhood best friend?",
  "What was the name of your elementary school?",
  "In what city did your parents meet?",
];

async function askForResetLink(page: Page, email: string): Promise<string> {
  await page.goto("/forgot-password");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page).toHaveURL(/\/forgot-password\/check-email$/);
  return page.locator("main").innerText();
}

async function resetEmail(mail: SmtpSink, email: string, after: number) {
  return mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Reset your password") && m.receivedAt.getTime() >= after,
    15_000,
  );
}

async function fillAnswers(page: Page, answers: string[]): Promise<void> {
  for (let i = 0; i < QUESTIONS.length; i++) await page.getByLabel(QUESTIONS[i], { exact: true }).fill(answers[i]);
  await page.getByRole("button", { name: "Continue" }).click();
}

async function liveSessions(account: Account): Promise<number> {
  const [row] = await db<{ n: number }>(`SELECT count(*)::int AS n FROM "Session" WHERE "userId" = $1 AND "revokedAt" IS NULL`, [
    account.id,
  ]);
  return row.n;
}

test("the forgot-password journey: link, questions, new password; every session ends and the second step stays", async ({
  page,
  browser,
  mail,
}) => {
  const account = await createAccount({ label: "forgot" });

  // Another browser that was signed in before the reset.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInWithEmailCode(other, mail, account);

  const asked = Date.now();
  await page.goto("/forgot-password");
  await expectAccessible(page, "forgot password");
  const knownAnswer = await askForResetLink(page, account.email);
  await expectAccessible(page, "reset link sent");
  const link = linkIn((await resetEmail(mail, account.email, asked)).text, "/reset-password?token=");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Answer your password reset questions" })).toBeVisible();
  await expectAccessible(page, "reset questions");
  await fillAnswers(page, [ANSWERS[0], ANSWERS[1], "Not the answer", ANSWERS[3], ANSWERS[4]]);
  const problem = page.getByTestId("error-summary");
  await expect(problem).toContainText("One or more answers do not match");
  for (const question of QUESTIONS) await expect(problem).not.toContainText(question);
  await expect(page.locator("[aria-invalid=true]")).toHaveCount(0);
  await expectAccessible(page, "reset questions with a wrong round");

  await fillAnswers(page, [ANSWERS[0].toUpperCase(), ` ${ANSWERS[1]} `, ANSWERS[2], ANSWERS[3], ANSWERS[4]]);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page, "new password");
  await page.getByLabel("New password", { exact: true }).fill("password");
  await page.getByLabel("Confirm new password").fill("password");
  await page.getByRole("button", { name: "Reset my password" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Your password must have");
  await expectAccessible(page, "new password with a weak password");
  await page.getByLabel("New password", { exact: true }).fill(account.password);
  await page.getByLabel("Confirm new password").fill(account.password);
  await page.getByRole("button", { name: "Reset my password" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Your new password must be different from your current password.");

  const resetAt = Date.now();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Reset my password" }).click();
  await expect(page).toHaveURL(/\/reset-password\/done$/);
  await expect(page.getByTestId("reset-done")).toHaveText(
    "Your password was reset. Sign in with your new password; you will still need your verification code.",
  );
  await expectAccessible(page, "password reset");
  await page.locator("main").getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // The browser signed in before the reset is signed out.
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/sign-in/);
  await otherContext.close();

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This reset link has already been used" })).toBeVisible();
  await expectAccessible(page, "used reset link");

  // Old password refused; the new one leads to the second step, not the dashboard.
  await page.goto("/sign-in");
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await enterPassword(page, { email: account.email, password: NEW_PASSWORD });
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\/verify$/);

  const notice = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your password was reset") && m.receivedAt.getTime() >= resetAt,
    15_000,
  );
  expect(notice.text).toContain("Every other session was signed out.");

  // An unknown email gets the identical page (and no email).
  const unknown = uniqueEmail("nobody");
  expect(await askForResetLink(page, unknown)).toBe(knownAnswer);
  expect(await db(`SELECT id FROM "OutboundMessage" WHERE "to" = $1`, [unknown])).toEqual([]);

  // "This wasn't me", from the reset notice.
  const notMe = linkIn(notice.text, "/not-me?token=");
  expect(await liveSessions(account)).toBeGreaterThan(0);
  await page.goto(notMe);
  await expect(page.getByRole("heading", { name: "Secure your account" })).toBeVisible();
  await expectAccessible(page, "this wasn't me");
  // Opening the link changed nothing: only the button does.
  expect(await liveSessions(account)).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Secure my account" }).click();
  await expect(page).toHaveURL(/\/not-me\/done$/);
  await expectAccessible(page, "account secured");
  await expect(page.getByRole("link", { name: "Reset your password" })).toHaveAttribute("href", "/forgot-password");
  expect(await liveSessions(account)).toBe(0);
  const [user] = await db<{ passwordResetRequired: boolean }>(`SELECT "passwordResetRequired" FROM "User" WHERE id = $1`, [account.id]);
  expect(user.passwordResetRequired).toBe(true);

  await page.goto(notMe);
  await expect(page.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await expectAccessible(page, "used not-me link");
});

test("bad reset and not-me links get a clear page, never an error", async ({ page }) => {
  for (const path of [
    "/reset-password",
    "/reset-password?token=nonsense",
    `/reset-password?token=${"A".repeat(43)}`,
    "/reset-password?state=bogus",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "This reset link is not valid" })).toBeVisible();
  }
  await expectAccessible(page, "invalid reset link");
  for (const path of ["/not-me", "/not-me?token=%00%ff", `/not-me?token=${"B".repeat(43)}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  }
  await expectAccessible(page, "invalid not-me link");
});

test("a reset link dies after three wrong rounds, and an expired link says so", async ({ page, mail }) => {
  const account = await createAccount({ label: "wrong-answers" });
  let asked = Date.now();
  await askForResetLink(page, account.email);
  const link = linkIn((await resetEmail(mail, account.email, asked)).text, "/reset-password?token=");
  await page.goto(link);
  const wrong = ["Nope", ...ANSWERS.slice(1)];
  await fillAnswers(page, wrong);
  await expect(page.getByTestId("error-summary")).toContainText("You can try 2 more times");
  await fillAnswers(page, wrong);
  await expect(page.getByTestId("error-summary")).toContainText("You can try 1 more time");
  await page.reload();
  await expect(page.getByTestId("tries-left")).toHaveText("You can try 1 more time with this link.");
  await expectAccessible(page, "reset questions with one try left");
  await fillAnswers(page, wrong);
  await expect(page.getByRole("heading", { name: "Too many wrong answers" })).toBeVisible();
  await expectAccessible(page, "reset link used up by wrong answers");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Too many wrong answers" })).toBeVisible();

  asked = Date.now();
  await askForResetLink(page, account.email);
  const fresh = linkIn((await resetEmail(mail, account.email, asked)).text, "/reset-password?token=");
  await db(
    `UPDATE "EmailToken" SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1 AND "usedAt" IS NULL AND purpose = 'RESET_PASSWORD'`,
    [account.id],
  );
  await page.goto(fresh);
  await expect(page.getByRole("heading", { name: "This reset link has expired" })).toBeVisible();
  await expectAccessible(page, "expired reset link");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole reset works with plain form posts", async ({ page, mail }) => {
    const account = await createAccount({ label: "no-js" });
    const asked = Date.now();
    await askForResetLink(page, account.email);
    const response = await page.goto(linkIn((await resetEmail(mail, account.email, asked)).text, "/reset-password?token="));
    // The token in the address is never sent to another site.
    expect(response!.headers()["referrer-policy"]).toBe("same-origin");
    await fillAnswers(page, ["Nope", ...ANSWERS.slice(1)]);
    await expect(page.getByTestId("error-summary")).toContainText("One or more answers do not match");
    await fillAnswers(page, ANSWERS);
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Reset my password" }).click();
    await expect(page).toHaveURL(/\/reset-password\/done$/);

    const notice = await mail.waitForMessage(
      (m) => m.to.includes(account.email) && m.subject.startsWith("Your password was reset") && m.receivedAt.getTime() >= asked,
      15_000,
    );
    await page.goto(linkIn(notice.text, "/not-me?token="));
    await page.getByRole("button", { name: "Secure my account" }).click();
    await expect(page).toHaveURL(/\/not-me\/done$/);
  });
});
