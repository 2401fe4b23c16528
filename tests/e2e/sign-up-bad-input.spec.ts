import type { Page } from "./fixtures";
import { codeIn } from "../support/smtp-sink";
import { db, expect, expectAccessible, GOOD_PASSWORD, test, uniqueEmail } from "./fixtures";
import { confirmationLink, saveBackupCode, setPassword, signUpToPassword, submitEmail } from "./journey";

// Bad input gets a clear message, changes nothing, and never a 5xx (the serverErrors fixture fails
// the test on any).

async function errorSummary(page: Page) {
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  return summary;
}

/** Sets a field's value directly, past the browser's maxlength, as a crafted request would. */
async function forceValue(page: Page, label: string | RegExp, value: string) {
  await page.getByLabel(label, { exact: typeof label === "string" }).evaluate((el, v) => {
    (el as HTMLInputElement).removeAttribute("maxlength");
    (el as HTMLInputElement).value = v;
  }, value);
}

async function userCount(email: string): Promise<number> {
  const rows = await db<{ n: string }>(`SELECT count(*)::text AS n FROM "User" WHERE email = $1`, [email.toLowerCase()]);
  return Number(rows[0].n);
}

test("step 1: malformed, mismatched and over-long emails are refused and create nothing", async ({ page, mail }) => {
  const cases: { email: string; confirm: string; message: RegExp }[] = [
    { email: "", confirm: "", message: /Enter your email address/ },
    { email: "not-an-email", confirm: "not-an-email", message: /correct format/ },
    { email: "ana@@example.com", confirm: "ana@@example.com", message: /correct format/ },
    { email: "ana@example", confirm: "ana@example", message: /correct format/ },
    { email: "ana@example.com", confirm: "ana@example.org", message: /do not match/ },
    { email: `${"a".repeat(250)}@example.com`, confirm: `${"a".repeat(250)}@example.com`, message: /254 characters or fewer/ },
  ];
  for (const c of cases) {
    await submitEmail(page, c.email, c.confirm);
    await expect(await errorSummary(page)).toContainText(c.message);
    await expect(page).toHaveURL(/\/sign-up$/);
    if (c.email.includes("@")) expect(await userCount(c.email)).toBe(0);
  }
  // The entered values stay in the form to correct.
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(cases.at(-1)!.email);
  await expectAccessible(page, "email errors");
  expect(mail.messages().filter((m) => m.to.some((to) => cases.some((c) => c.email && to === c.email.toLowerCase())))).toHaveLength(0);
});

test("the same answer for a new and an existing email; the owner gets an 'already have an account' email", async ({ page, mail }) => {
  const email = uniqueEmail("existing");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.context().clearCookies();

  await submitEmail(page, email);
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  const existingText = await page.locator("main").innerText();
  const notice = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("You already have an account"));
  expect(notice.text).not.toContain("/sign-up/confirm");

  await submitEmail(page, uniqueEmail("brand-new"));
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  expect(await page.locator("main").innerText()).toBe(existingText);

  // The resend form answers the same for an unknown address, and sends nothing to it.
  const unknown = uniqueEmail("unknown");
  await page.goto("/sign-up/resend");
  await expectAccessible(page, "resend form");
  await page.getByLabel("Email address").fill(unknown);
  await page.getByRole("button", { name: "Resend instructions" }).click();
  await expect(page.getByTestId("resent-notice")).toBeVisible();
  // Nothing was queued for it before the answer came, so nothing will ever be sent to it.
  expect(await db(`SELECT 1 FROM "OutboundMessage" WHERE "to" = $1`, [unknown])).toHaveLength(0);
  expect(mail.messages(unknown)).toHaveLength(0);
  expect(await userCount(unknown)).toBe(0);
});

test("confirmation links: tampered, reused and expired links get a clear page with a way to a new link", async ({ page, mail }) => {
  const email = uniqueEmail("links");
  await submitEmail(page, email);
  const link = await confirmationLink(mail, email);

  const tampered = link.replace(/token=(.)/, (_, c: string) => `token=${c === "A" ? "B" : "A"}`);
  await page.goto(tampered);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  await expectAccessible(page, "invalid link");
  await expect(page.getByRole("link", { name: "Send me a new confirmation link" })).toBeVisible();

  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");
  await expectAccessible(page, "used link");

  // Signing up again sends a fresh link; once expired, it is refused and changes nothing.
  const before = Date.now();
  await submitEmail(page, email);
  const fresh = await confirmationLink(mail, email, before);
  expect(fresh).not.toBe(link);
  await db(
    `UPDATE "EmailToken" SET "expiresAt" = now() - interval '1 minute' WHERE "usedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  await page.goto(fresh);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has expired");
  await expectAccessible(page, "expired link");
  const sessions = await db(
    `SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 AND s."revokedAt" IS NULL`,
    [email],
  );
  expect(sessions).toHaveLength(1); // only the one from the first, valid link
});

test("steps cannot be skipped by URL, and leaving early resumes at the right step", async ({ page, mail }) => {
  await page.goto("/sign-up/password");
  await expect(page).toHaveURL(/\/sign-in\?reason=continue-sign-up/);

  const email = uniqueEmail("skip");
  await submitEmail(page, email);
  await page.goto(await confirmationLink(mail, email));
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  for (const later of [
    "/sign-up/password",
    "/sign-up/verification-code",
    "/sign-up/backup-code",
    "/sign-up/security-questions",
    "/dashboard",
    "/sign-up",
  ]) {
    await page.goto(later);
    await expect(page, `opening ${later} early`).toHaveURL(/\/sign-up\/terms$/);
  }

  // Left before setting a password: signing up again with the same email sends a link that resumes here.
  await page.context().clearCookies();
  const before = Date.now();
  await submitEmail(page, email);
  await page.goto(await confirmationLink(mail, email, before));
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  await page.getByLabel("I have read and agree to the Terms of Use").check();
  await page.getByRole("button", { name: "I Agree" }).click();
  await setPassword(page);

  // Left after setting a password: signing in continues at the verification-method step.
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);
  await page.goto("/sign-up/terms");
  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);
});

test("passwords: each rule, common passwords, the email, mismatch and over-long input are refused", async ({ page, mail }) => {
  const email = uniqueEmail("passwords");
  await signUpToPassword(page, mail, email);
  const cases: { password: string; confirm?: string; message: RegExp }[] = [
    { password: "", message: /Enter a password/ },
    { password: "Sh0rt!", message: /at least 8 characters/ },
    { password: "lowercase-only-1", message: /one uppercase letter/ },
    { password: "UPPERCASE-ONLY-1", message: /one lowercase letter/ },
    { password: "NoSpecialChars123", message: /one special character/ },
    { password: "Password1!", message: /too common/ },
    { password: `${email.split("@")[0]}-X!`, message: /must not contain your email/ },
    { password: "Quiet-Harbor-2026!", confirm: "Quiet-Harbor-2027!", message: /do not match/ },
    { password: `Aa!${"x".repeat(70)}`, message: /64 characters or fewer/ },
  ];
  for (const c of cases) {
    await forceValue(page, "Password", c.password);
    await forceValue(page, "Confirm password", c.confirm ?? c.password);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(await errorSummary(page), `password ${JSON.stringify(c.password)}`).toContainText(c.message);
    await expect(page).toHaveURL(/\/sign-up\/password$/);
  }
  await expectAccessible(page, "password errors");
  const [user] = await db<{ passwordHash: string | null; registrationStep: string }>(
    `SELECT "passwordHash", "registrationStep" FROM "User" WHERE email = $1`,
    [email],
  );
  expect(user).toEqual({ passwordHash: null, registrationStep: "PASSWORD" });
});

test("codes: wrong five times kills the code, an expired code is refused, over-long input is refused", async ({ page, mail }) => {
  const email = uniqueEmail("codes");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const first = codeIn((await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"))).text);
  const wrong = first === "000000" ? "111111" : "000000";

  await forceValue(page, "Verification code", "1".repeat(40));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(await errorSummary(page)).toContainText("6-digit");
  await forceValue(page, "Verification code", "12ab56");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(await errorSummary(page)).toContainText("6 digits");

  for (let i = 1; i <= 4; i++) {
    await page.getByLabel("Verification code").fill(wrong);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(await errorSummary(page)).toContainText(`try ${5 - i} more time`);
  }
  await page.getByLabel("Verification code").fill(wrong);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(await errorSummary(page)).toContainText("no longer works");
  // Even the right code is now refused.
  await page.getByLabel("Verification code").fill(first);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(await errorSummary(page)).toContainText("no active code");
  await expectAccessible(page, "code errors");

  // A new code, expired in the database, is refused as expired.
  await db(
    `UPDATE "OtpChallenge" SET "createdAt" = now() - interval '1 minute' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  const before = Date.now();
  await page.getByRole("button", { name: "Request a new one-time password" }).click();
  await expect(page.getByTestId("resend-result")).toContainText("We sent a new code");
  const second = codeIn(
    (
      await mail.waitForMessage(
        (m) => m.to.includes(email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() > before,
      )
    ).text,
  );
  await db(
    `UPDATE "OtpChallenge" SET "expiresAt" = now() - interval '1 second' WHERE "closedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  await page.getByLabel("Verification code").fill(second);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(await errorSummary(page)).toContainText("expired");
  const [user] = await db<{ registrationStep: string }>(`SELECT "registrationStep" FROM "User" WHERE email = $1`, [email]);
  expect(user.registrationStep).toBe("MFA_VERIFY");
});

test("security questions: missing, duplicate, too short, repeated and over-long answers are refused and nothing is stored", async ({
  page,
  mail,
  sms,
}) => {
  const email = uniqueEmail("questions");
  await signUpToPassword(page, mail, email);
  await setPassword(page);
  await page.getByLabel("Text message (SMS)").check();
  await forceValue(page, "U.S. mobile phone number", `202555014${"3".repeat(40)}`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(await errorSummary(page)).toContainText("32 characters or fewer");
  await page.getByLabel("Text message (SMS)").check();
  await page.getByLabel("U.S. mobile phone number").fill("2025550161");
  await page.getByRole("button", { name: "Continue" }).click();
  const text = await sms.waitForMessage((m) => m.to === "+12025550161", 15_000);
  await page.getByLabel("Verification code").fill(/\b(\d{6})\b/.exec(text.body)![1]);
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);

  // Missing: nothing chosen.
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  const summary = await errorSummary(page);
  for (let i = 1; i <= 5; i++) await expect(summary).toContainText(`Choose question ${i}`);

  // Duplicate: the page hides chosen questions, so craft the request as a script would.
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Question ${i}`, { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(`Answer ${i}`).fill(`answer ${i}`);
  }
  await page.getByLabel("Question 2", { exact: true }).evaluate((select) => {
    const s = select as HTMLSelectElement;
    const first = (document.getElementById("question1") as HTMLSelectElement).value;
    s.add(new Option("duplicate", first));
    s.value = first;
  });
  await forceValue(page, "Answer 5", "y".repeat(150));
  // Too short, and the same answer twice (compared ignoring case).
  await page.getByLabel("Answer 3").fill("ab");
  await page.getByLabel("Answer 4").fill("ANSWER 1");
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  const second = await errorSummary(page);
  await expect(second).toContainText("Question 2 is the same as another question");
  await expect(second).toContainText("100 characters or fewer");
  await expect(second).toContainText("Your answer to question 3 is too short");
  await expect(second).toContainText("Your answer to question 4 is the same as another answer");
  await expectAccessible(page, "questions errors");
  const rows = await db(`SELECT a.id FROM "SecurityAnswer" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1`, [email]);
  expect(rows).toHaveLength(0);
  const [user] = await db<{ registrationStep: string }>(`SELECT "registrationStep" FROM "User" WHERE email = $1`, [email]);
  expect(user.registrationStep).toBe("SECURITY_QUESTIONS");
});
