import os from "node:os";
import { APP_URL, createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { agencyCreateCase, runAgency } from "./agency";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test, type Page } from "./fixtures";
import { signInAgain } from "./sign-in-again";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const dashed = (receipt: string) => `${receipt.slice(0, 3)}-${receipt.slice(3, 5)}-${receipt.slice(5, 8)}-${receipt.slice(8)}`;
const today = () => new Date().toISOString().slice(0, 10);

function consoleNav(page: Page) {
  return page.getByRole("navigation", { name: "Officer console" });
}

/** The audit table's rows as "who | action" lines. */
async function auditRows(page: Page): Promise<string[]> {
  const rows = page.getByTestId("audit-entry");
  return rows.evaluateAll((trs) => trs.map((tr) => `${tr.children[1].textContent} | ${tr.children[2].textContent}`));
}

test("an officer manages their own sessions from the console's settings, and reads the audit log with filters", async ({
  page,
  browser,
  mail,
}) => {
  // The audit log's days are UTC days; a run that passes midnight has entries on two of them.
  const startedOn = today();
  const officer = await createOfficerAccount({ label: "settings-officer" });
  const command = `Agency command (user ${os.userInfo().username})`;
  const paper = await agencyCreateCase("I-130", "Ana Diaz");
  await runAgency(["add-event", "--receipt", paper.receiptNumber, "--status", "Case Was Approved"]);

  // The officer is signed in in two browsers.
  await signInWithEmailCode(page, mail, officer);
  await expect(page).toHaveURL(/\/agency$/);
  const other = await browser.newContext({ baseURL: APP_URL, userAgent: FIREFOX_ON_WINDOWS });
  await signInAgain(await other.newPage(), mail, officer);

  // Settings, from the console's navigation: only the security parts, inside the console.
  await consoleNav(page).getByRole("link", { name: "Account settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
  await expect(consoleNav(page).getByRole("link", { name: "Account settings" })).toHaveAttribute("aria-current", "page");
  const main = page.getByRole("main");
  for (const name of [
    "Change password",
    "Two-step verification methods",
    "Passkeys",
    "Backup code",
    "Where you're signed in",
    "Account history",
  ]) {
    await expect(main.getByRole("link", { name, exact: true })).toBeVisible();
  }
  for (const name of ["Change email address", "Contact information", "Alerts"]) {
    await expect(main.getByRole("link", { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByTestId("officer-settings-note")).toBeVisible();
  await expectAccessible(page, "an officer's settings");

  // Their sessions: see both, end the other one.
  await main.getByRole("link", { name: "Where you're signed in" }).click();
  await expect(page).toHaveURL(/\/settings\/sessions$/);
  await expect(consoleNav(page)).toBeVisible();
  await expect(page.getByTestId("session-current")).toContainText("This device");
  await expect(page.getByTestId("session-other")).toContainText("Firefox on Windows");
  await expectAccessible(page, "an officer's sessions");
  await page.getByRole("button", { name: /^Sign out of Firefox on Windows/ }).click();
  await expect(page.getByTestId("session-ended")).toContainText("Signed out of Firefox on Windows.");
  await expect(page.getByText("You are not signed in anywhere else.")).toBeVisible();
  const otherPage = other.pages()[0];
  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/sign-in\?reason=signed-out$/);
  await other.close();

  // Their account history and the password page open too (the second step is recent).
  await page.goto("/settings/history");
  await expect(page.getByTestId("history-table")).toContainText("Signed out of another session");
  await page.goto("/settings/password");
  await expect(page.getByRole("heading", { level: 1, name: "Change password" })).toBeVisible();
  // Applicant-only settings send an officer back to the console.
  for (const path of ["/settings/contact", "/settings/email", "/settings/alerts"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/agency$/);
  }

  // The officer opens the case: that is audited under their email.
  await page.goto(`/agency/cases/${paper.receiptNumber}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(paper.receiptNumber);

  // The audit log, from the console's navigation, filtered by case with the keyboard alone.
  await consoleNav(page).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/agency\/audit$/);
  await expect(consoleNav(page).getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("audit-table")).toBeVisible();
  await expectAccessible(page, "the audit log");
  await page.getByLabel("Done by").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Case receipt number")).toBeFocused();
  await page.keyboard.type(dashed(paper.receiptNumber).toLowerCase());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`receipt=${paper.receiptNumber.slice(0, 3).toLowerCase()}`));
  await expect(page.getByTestId("audit-table").locator("caption")).toHaveText("Page 1 of 1 (3 entries)");
  await expect
    .poll(() => auditRows(page))
    .toEqual([`${officer.email} | Opened a case`, `${command} | Added a status`, `${command} | Took in a paper-filed case`]);
  await expect(page.getByTestId("audit-entry").nth(1)).toContainText("status: Case Was Approved");
  await expectAccessible(page, "the audit log filtered by case");

  // By the agency command and an action, then by the officer, then by day.
  await page.getByLabel("Done by").fill("agency command");
  await page.getByLabel("Action").selectOption({ label: "Added a status" });
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page.getByTestId("audit-table").locator("caption")).toHaveText("Page 1 of 1 (1 entry)");
  await expect.poll(() => auditRows(page)).toEqual([`${command} | Added a status`]);
  await page.getByLabel("Done by").fill(officer.email.toUpperCase());
  await page.getByLabel("Action").selectOption({ label: "Any action" });
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page.getByTestId("audit-table").locator("caption")).toHaveText("Page 1 of 1 (1 entry)");
  await expect.poll(() => auditRows(page)).toEqual([`${officer.email} | Opened a case`]);
  await page.getByLabel("Done by").fill("");
  await page.getByLabel("From", { exact: true }).fill(startedOn);
  await page.getByLabel("To", { exact: true }).fill(today());
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page.getByTestId("audit-table").locator("caption")).toHaveText("Page 1 of 1 (3 entries)");

  // Bad filters: a message for each, focus on the summary (its links lead to the fields), nothing listed.
  await page.getByLabel("Case receipt number").fill("EAC12");
  await page.getByLabel("From", { exact: true }).fill("2026-02-28");
  await page.getByLabel("To", { exact: true }).fill("2026-02-01");
  await page.getByRole("button", { name: "Show entries" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("13 characters");
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
  await expectAccessible(page, "the audit log with a bad receipt number");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Case receipt number")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(paper.receiptNumber);
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(summary).toContainText("The last day must be the same as or after the first day.");
  await expect(summary).toBeFocused();
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/agency\/audit$/);
  await expect(page.getByLabel("Case receipt number")).toHaveValue("");
  await expect(page.getByTestId("audit-table")).toBeVisible();
});

test("a case's long audit trail goes a page at a time and keeps the filter", async ({ page, mail }) => {
  const officer = await createOfficerAccount({ label: "audit-pages-officer" });
  const paper = await agencyCreateCase("I-130", "Ana Diaz");
  // 55 earlier status entries by the agency command, a minute apart: with the intake, 56 in all.
  await db(
    `INSERT INTO "AuditLog" (id, "actorKind", "actorLabel", action, "caseId", detail, at)
     SELECT gen_random_uuid(), 'AGENCY_COMMAND', 'browser-test', 'case.status_added', $1, jsonb_build_object('status', 'Case Was Received'),
            now() - make_interval(mins => n)
     FROM generate_series(1, 55) AS n`,
    [(await db<{ id: string }>(`SELECT id FROM "Case" WHERE "receiptNumber" = $1`, [paper.receiptNumber]))[0].id],
  );
  await signInWithEmailCode(page, mail, officer);
  await page.goto(`/agency/audit?receipt=${paper.receiptNumber}`);
  const caption = page.getByTestId("audit-table").locator("caption");
  await expect(caption).toHaveText("Page 1 of 2 (56 entries)");
  await expect(page.getByTestId("audit-entry")).toHaveCount(50);
  const pages = page.getByRole("navigation", { name: "Audit log pages" });
  await expect(pages.getByRole("link")).toHaveText(["Older entries"]);
  await expectAccessible(page, "the audit log for one case, page 1 of 2");

  await pages.getByRole("link", { name: "Older entries" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/agency/audit?receipt=${paper.receiptNumber}&page=2`);
  await expect(caption).toHaveText("Page 2 of 2 (56 entries)");
  await expect(page.getByTestId("audit-entry")).toHaveCount(6);
  await expect(page.getByLabel("Case receipt number")).toHaveValue(paper.receiptNumber);
  await expect(pages.getByRole("link")).toHaveText(["Newer entries"]);
  await expect(pages.getByRole("link", { name: "Newer entries" })).toHaveAttribute("rel", "prev");
  await expectAccessible(page, "the audit log for one case, page 2 of 2");
});

test("an applicant gets 404 on the audit log", async ({ page, mail, playwright }) => {
  const applicant = await createAccount({ label: "audit-applicant", methods: ["EMAIL"] });
  const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
  expect((await anonymous.get("/agency/audit", { maxRedirects: 0 })).status()).toBe(404);
  await anonymous.dispose();
  await signInWithEmailCode(page, mail, applicant);
  const response = await expectBrowserError(page, failedToLoad(404), () => page.goto("/agency/audit?actor=agency+command"));
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
  await expect(consoleNav(page)).toHaveCount(0);
});
