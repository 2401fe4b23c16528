// Every page of the main journeys on a 375 px wide phone, and the pages with the longest Spanish
// labels at 320 px (the width WCAG's reflow criterion names): no accessibility violations (axe) and
// nothing wider than the screen (no sideways scrolling). SHOTS_375_DIR=<folder> also saves
// full-page screenshots of the pages people look at most, to check by eye.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "./fixtures";
import { codeIn, type SmtpSink } from "../support/smtp-sink";
import { createAccount, createOfficerAccount, enterPassword, signInWithEmailCode, type Account } from "./accounts";
import { arrange } from "./arrange";
import { addStatus, caseWithOpenRequest } from "./cases";
import { failedAlert, ownedCase, respondedRequest, waitingThread } from "./console";
import { db, expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";
import { signedInElsewhere } from "./messages";

test.use({ viewport: { width: 375, height: 740 } });
// Many pages per test, each checked with axe.
test.describe.configure({ timeout: 300_000 });

const SHOTS = process.env.SHOTS_375_DIR;

async function expectFitsPhone(page: Page, state: string, shot?: string): Promise<void> {
  await expectAccessible(page, `${state} at ${page.viewportSize()?.width} px`);
  const { scrollWidth, clientWidth, tooWide } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const tooWide = [...document.querySelectorAll("body *")]
      // Boxes past the right edge, and text that spills out of its own box.
      .filter(
        (el) =>
          el.getBoundingClientRect().right > root.clientWidth + 0.5 ||
          (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0),
      )
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ${(el.textContent ?? "").trim().slice(0, 40)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, tooWide };
  });
  expect(scrollWidth, `sideways scrolling on ${state} (wider than the screen: ${tooWide.join(" | ")})`).toBeLessThanOrEqual(clientWidth);
  if (SHOTS && shot) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
  }
}

async function visit(page: Page, url: string, state: string, shot?: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFitsPhone(page, state, shot);
}

/** The second step with an emailed code, checking the page at 375 px on the way. */
async function signInOnPhone(page: Page, mail: SmtpSink, account: Account, shot?: string): Promise<void> {
  const after = Date.now();
  await enterPassword(page, account);
  await expectFitsPhone(page, "the second step", shot);
  await page.getByRole("button", { name: "Send code" }).click();
  const message = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= after,
  );
  await expectFitsPhone(page, "the second step, code sent");
  await page.getByLabel("Verification code").fill(codeIn(message.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/(dashboard|agency)/);
}

test("signed out: the landing page, sign-in, forgotten password and every sign-up step fit a phone", async ({ page, mail }) => {
  await visit(page, "/", "the landing page");
  // Signed out, the two header links fit without a menu.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await visit(page, "/sign-in", "sign in");
  await visit(page, "/forgot-password", "forgot password");

  const email = uniqueEmail("narrow-sign-up");
  await visit(page, "/sign-up", "sign-up: email");
  await signUpToPassword(page, mail, email);
  await expectFitsPhone(page, "sign-up: password");
  await setPassword(page);
  await expectFitsPhone(page, "sign-up: verification method");
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  await expectFitsPhone(page, "sign-up: verification code");
  const message = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").fill(codeIn(message.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Save your backup code" })).toBeVisible();
  await expectFitsPhone(page, "sign-up: backup code");
  await saveBackupCode(page);
  await expectFitsPhone(page, "sign-up: security questions");
  await answerQuestions(page);
  await expectFitsPhone(page, "the first dashboard");
});

test("an applicant's pages fit a phone, and the header folds into a menu that works with the keyboard", async ({ page, browser, mail }) => {
  const applicant = await createAccount({ label: "narrow-applicant" });
  const reviewed = await ownedCase(applicant, { formType: "I-485", applicantName: "Maria Fernanda Gonzalez-Rodriguez" });
  await addStatus(reviewed.receiptNumber, "Case Is Being Actively Reviewed");
  const withRequest = await caseWithOpenRequest(applicant.id);
  const threadId = await waitingThread(reviewed, applicant.id, "A question about my biometrics appointment", new Date());
  await signInOnPhone(page, mail, applicant, "second-step");
  await expect(page.getByRole("heading", { level: 1, name: "My cases" })).toBeVisible();
  await expectFitsPhone(page, "the dashboard", "dashboard");

  // The menu: closed, opened with the keyboard, closed with Escape (focus back on the button).
  const nav = page.getByRole("navigation", { name: "Account" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "My cases" })).toBeVisible();
  await expectFitsPhone(page, "the dashboard with the menu open", "menu-open");
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "My cases" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();
  // A link in the menu leads on, and the menu is closed on the next page.
  await menu.click();
  await nav.getByRole("link", { name: "Account settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await visit(page, `/cases/${reviewed.receiptNumber}`, "a case", "case");
  // The receipt number is shown as printed, on one line.
  const receipt = page.getByTestId("receipt-number");
  await expect(receipt).toHaveText(reviewed.receiptNumber);
  const lines = await receipt.evaluate((el) => el.getClientRects().length);
  expect(lines).toBe(1);
  await visit(page, `/cases/${withRequest.receiptNumber}`, "a case with a request for evidence");
  await visit(page, `/cases/${withRequest.receiptNumber}/evidence/${withRequest.requestId}`, "responding to a request for evidence");
  await visit(page, "/cases/link", "add a paper-filed case");
  await visit(page, "/messages", "messages");
  await visit(page, `/messages/${threadId}`, "a message thread");
  await visit(page, "/messages/new", "a new message");
  await visit(page, "/settings", "account settings");
  // A second browser, so the sessions list has another row with its Sign out button. Its code may
  // be asked for sooner than the 30 seconds between codes: the first code is moved back in time.
  await db(`UPDATE "OtpChallenge" SET "createdAt" = "createdAt" - interval '1 minute' WHERE "userId" = $1`, [applicant.id]);
  const elsewhere = await signedInElsewhere(browser, mail, applicant);
  await elsewhere.context().close();
  await visit(page, "/settings/sessions", "sessions", "sessions");
  // The other session's Sign out button is on the screen, not off to the right.
  const endOther = page
    .getByTestId("session-other")
    .first()
    .getByRole("button", { name: /Sign out/ });
  await expect(endOther).toBeVisible();
  const box = (await endOther.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  for (const [url, state] of [
    ["/settings/password", "change password"],
    ["/settings/email", "change email"],
    ["/settings/contact", "contact information"],
    ["/settings/alerts", "alert settings"],
    ["/settings/verification-methods", "verification methods"],
    ["/settings/passkeys", "passkeys"],
    ["/settings/backup-code", "backup code"],
    ["/settings/security-questions", "security questions"],
    ["/settings/history", "account history"],
  ] as const) {
    await visit(page, url, state);
  }

  // Sign out from the menu.
  await page.getByRole("button", { name: "Menu" }).click();
  await nav.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out-by-you$/);
});

test("on a phone, an error summary's link brings its field into view with the question above it, focused", async ({ page, mail }) => {
  const applicant = await createAccount({ label: "narrow-error-links" });
  await signInOnPhone(page, mail, applicant);
  await page.goto("/settings/contact");
  await page.getByRole("button", { name: "Save contact information" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  const inView = (selector: string) =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });

  // A field of its own: its label at the top, the field under it.
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel("Full name")).toBeFocused();
  expect(await inView('label[for="fullName"]')).toBe(true);
  expect(await inView("#fullName")).toBe(true);

  // A field within the mailing address: its label (or the group's legend above it) stays in view.
  await summary.getByRole("link", { name: /city/i }).click();
  await expect(page.getByLabel("City or town")).toBeFocused();
  expect(await inView('label[for="city"]')).toBe(true);
  expect(await inView("#city")).toBe(true);
  await expectAccessible(page, "a field reached from the error summary");
});

test("the officer console fits a phone", async ({ page, mail }) => {
  const officer = await createOfficerAccount({ label: "narrow-officer" });
  const applicant = await createAccount({ label: "narrow-console-applicant" });
  const paper = await ownedCase(applicant, { formType: "I-130", applicantName: "Maria Fernanda Gonzalez-Rodriguez" });
  const threadId = await waitingThread(paper, applicant.id, "Change of address after moving", new Date());
  await respondedRequest(paper, applicant.id, new Date());
  await failedAlert(paper.id, applicant.email);

  await signInOnPhone(page, mail, officer);
  await expect(page).toHaveURL(/\/agency$/);
  await expectFitsPhone(page, "the work queue", "officer-queue");
  await visit(page, "/agency/search", "find a case");
  await page.getByLabel(/^Receipt number, applicant email/).fill(applicant.email);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("link", { name: paper.receiptNumber })).toBeVisible();
  await expectFitsPhone(page, "find a case, by email");
  await visit(page, `/agency/cases/${paper.receiptNumber}`, "an officer's case page", "officer-case");
  await visit(page, `/agency/messages/${threadId}`, "an officer's message thread");
  await visit(page, "/agency/intake", "intake");
  await visit(page, "/agency/alerts", "undelivered alerts", "officer-alerts");
  await visit(page, "/agency/audit", "the audit log");
});

test.describe("at 320 px, the narrowest width pages must reflow to", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("an applicant reading in Spanish: the longer words wrap instead of pushing the page sideways", async ({ page, mail }) => {
    const applicant = await createAccount({ label: "narrow-320-es", methods: ["EMAIL"] });
    const withRequest = await caseWithOpenRequest(applicant.id);
    const draft = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: applicant.id });
    const unsigned = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: applicant.id, signed: false });
    await signInWithEmailCode(page, mail, applicant);
    // The account reads in Spanish from the next page on (as the header's switch would set it).
    await db(`UPDATE "User" SET locale = 'es' WHERE id = $1`, [applicant.id]);
    await page.goto("/dashboard");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expectFitsPhone(page, "the dashboard in Spanish");
    for (const [url, state] of [
      ["/file", "the forms to file online, in Spanish"],
      [`/file/${unsigned.id}/sign`, "signing a form, in Spanish"],
      [`/file/${draft.id}/pay`, "paying the fee, in Spanish"],
      ["/settings", "account settings, in Spanish"],
      [`/cases/${withRequest.receiptNumber}`, "a case, in Spanish"],
      [`/cases/${withRequest.receiptNumber}/evidence/${withRequest.requestId}`, "responding to a request for evidence, in Spanish"],
      ["/settings/sessions", "sessions, in Spanish"],
      ["/settings/history", "account history, in Spanish"],
    ] as const) {
      await visit(page, url, state);
    }
  });
});
