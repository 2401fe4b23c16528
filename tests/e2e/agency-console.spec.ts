import fs from "node:fs";
import type { Page } from "./fixtures";
import { pdfText } from "../support/pdf-text";
import { createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { auditOf, failedAlert, ownedCase, queueOrder, respondedRequest, waitingThread } from "./console";
import { APP_URL } from "./e2e-env";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test } from "./fixtures";

const DAY = 86_400_000;
const dashed = (receipt: string) => `${receipt.slice(0, 3)}-${receipt.slice(3, 5)}-${receipt.slice(5, 8)}-${receipt.slice(8)}`;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

async function expectCurrentNav(page: Page, label: string) {
  const nav = page.getByRole("navigation", { name: "Officer console" });
  await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
}

test("the work queue lists waiting messages and evidence responses oldest first; an officer finds a case by receipt number and by email", async ({
  page,
  mail,
  serverErrors,
}) => {
  const officer = await createOfficerAccount({ label: "queue-officer" });
  const applicant = await createAccount({ label: "queue-applicant" });
  const messaged = await ownedCase(applicant, { formType: "I-485" });
  const answered = await ownedCase(applicant, { formType: "I-765" });
  // Far in the past, so these come before most items other tests left in the queue (page one).
  await waitingThread(messaged, applicant.id, "Change of address", new Date("2001-03-02T10:00:00Z"));
  await respondedRequest(answered, applicant.id, new Date("2001-03-01T10:00:00Z"));

  // An officer's sign-in lands on the console itself, not on the applicant dashboard that sends them on.
  const shown: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) shown.push(new URL(frame.url()).pathname);
  });
  await signInWithEmailCode(page, mail, officer, /\/agency$/);
  expect(shown).not.toContain("/dashboard");
  await expect(page).toHaveURL(/\/agency$/);
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  await expectCurrentNav(page, "Work queue");
  const rows = page.getByTestId("work-queue").locator("tbody tr");
  // Oldest first; other tests' items (agency-spanish's are older still) may stand around these.
  await expect.poll(() => queueOrder(rows, { answered, messaged })).toEqual(["answered", "messaged"]);
  const answeredRow = rows.filter({ hasText: answered.receiptNumber });
  await expect(answeredRow).toContainText("Evidence response");
  await expect(answeredRow).toContainText("March 1, 2001");
  const messagedRow = rows.filter({ hasText: messaged.receiptNumber });
  await expect(messagedRow).toContainText("Message: Change of address");
  await expect(messagedRow).toContainText("I-485");
  await expectAccessible(page, "the work queue");

  // Find a case: bad input, no match, by email, by receipt number.
  await page.getByRole("navigation", { name: "Officer console" }).getByRole("link", { name: "Find a case" }).click();
  await expect(page).toHaveURL(/\/agency\/search$/);
  await expectCurrentNav(page, "Find a case");
  await expectAccessible(page, "find a case");
  const query = page.getByLabel(/^Receipt number, applicant email/);
  await query.fill("EAC12");
  await query.press("Enter");
  await expect(page.getByTestId("error-summary")).toContainText("13 characters");
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expectAccessible(page, "find a case with a malformed receipt number");
  await page.getByLabel(/^Receipt number, applicant email/).fill("EAC0000000009");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("No case has the receipt number EAC0000000009.");
  await expectAccessible(page, "find a case with no match");
  await page.getByLabel(/^Receipt number, applicant email/).fill(applicant.email.toUpperCase());
  await page.getByRole("button", { name: "Find" }).click();
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("listitem")).toHaveCount(2);
  await expect(results).toContainText(messaged.receiptNumber);
  await expectAccessible(page, "find a case by email with results");
  // By the start of the applicant's name, any case.
  await page.getByLabel(/^Receipt number, applicant email/).fill("ana d");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("heading", { name: /with an applicant named ana d/ })).toBeVisible();
  await expect(results).toContainText("Ana Diaz");
  await page.getByLabel(/^Receipt number, applicant email/).fill(` ${dashed(answered.receiptNumber).toLowerCase()} `);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(new RegExp(`/agency/cases/${answered.receiptNumber}$`));
  await expect(page.getByTestId("owner-email")).toHaveText(applicant.email);
  await expect(page.getByRole("navigation", { name: "Officer console" }).locator("[aria-current]")).toHaveCount(0);

  // The evidence response, reviewed: it leaves the queue.
  await expectAccessible(page, "a case page with an evidence response waiting for review");
  await page.getByRole("button", { name: "Mark response reviewed" }).click();
  await expect(page.getByTestId("officer-requests")).toContainText("Response reviewed");
  await expect(page.getByRole("button", { name: "Mark response reviewed" })).toHaveCount(0);
  await page.goto("/agency");
  await expect(page.getByTestId("work-queue")).not.toContainText(answered.receiptNumber);
  await expect(rows.filter({ hasText: messaged.receiptNumber })).toContainText("Message: Change of address");

  const actions = (await auditOf(officer.id)).map((row) => [row.action, row.caseId]);
  expect(actions).toEqual([
    ["case.searched", null],
    ["case.searched", null],
    ["case.searched", null],
    ["case.searched", answered.id],
    ["case.viewed", answered.id],
    ["case.evidence_reviewed", answered.id],
    ["case.viewed", answered.id],
  ]);
  expect(serverErrors).toEqual([]);
});

test("on the case page an officer adds a status, issues a notice and opens a request for evidence, by keyboard; the applicant's case changes", async ({
  page,
  mail,
  browser,
  serverErrors,
}) => {
  const officer = await createOfficerAccount({ label: "case-officer" });
  const applicant = await createAccount({ label: "case-applicant" });
  const paper = await ownedCase(applicant, { applicantName: "Ana Diaz" });
  await waitingThread(paper, applicant.id, "Question about fees", new Date(Date.now() - 2 * DAY));
  await failedAlert(paper.id, applicant.email);

  await signInWithEmailCode(page, mail, officer);
  await page.goto(`/agency/cases/${paper.receiptNumber.toLowerCase()}`);
  await expect(page.getByTestId("receipt-number")).toHaveText(paper.receiptNumber);
  await expect(page).toHaveTitle(new RegExp(`^Case ${paper.receiptNumber} \\|`));
  await expect(page.getByTestId("case-facts")).toContainText("Ana Diaz");
  await expect(page.getByTestId("officer-status")).toContainText("Case Was Received");
  await expect(page.getByTestId("officer-threads")).toContainText("Question about fees");
  await expect(page.getByTestId("officer-threads")).toContainText("Awaiting reply");
  await expect(page.getByTestId("case-alerts")).toContainText("Failed after 12 attempts");
  await expectAccessible(page, "the officer's case page");

  // A notice as a PDF, from the officer-only route.
  const noticeHref = await page.getByRole("link", { name: "Receipt notice (I-797C) (PDF)" }).getAttribute("href");
  const notice = await page.request.get(noticeHref!);
  expect(notice.status()).toBe(200);
  expect(notice.headers()["content-type"]).toBe("application/pdf");
  expect(await pdfText(await notice.body())).toContain(paper.receiptNumber);

  // Add a status: nothing chosen first, then a real title; keyboard only.
  const status = page.getByLabel("New status");
  await status.focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add status" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("error-summary")).toContainText("Choose the new status from the list.");
  await expectAccessible(page, "the case page with a status error");
  await page.getByLabel("New status").focus();
  await page.getByLabel("New status").selectOption("Case Is Being Actively Reviewed");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("add-status-done")).toContainText('The status is now "Case Is Being Actively Reviewed".');
  await expect(page.getByTestId("officer-status")).toContainText("Case Is Being Actively Reviewed");
  await expect(page.getByTestId("officer-history").getByRole("listitem").first()).toContainText("Case Is Being Actively Reviewed");
  await expectAccessible(page, "the case page after adding a status");
  const [row] = await db<{ status: string }>('SELECT status FROM "Case" WHERE id = $1', [paper.id]);
  expect(row.status).toBe("Case Is Being Actively Reviewed");

  // Issue a notice: an interview needs its date, time and place.
  const noticeForm = page.getByTestId("issue-notice-form");
  await page.getByLabel("Kind of notice").selectOption("interview");
  await noticeForm.getByRole("button", { name: "Issue notice" }).click();
  await expect(noticeForm.getByTestId("error-summary")).toContainText("Enter the appointment date.");
  await expect(noticeForm.getByTestId("error-summary")).toContainText("Enter where the appointment is.");
  await expectAccessible(page, "the case page with notice errors");
  // A request for evidence due today, while the notice's problems are still shown: two summaries on one page.
  const requestForm = page.getByTestId("open-request-form");
  await page.getByLabel("What evidence is needed").fill("A copy of your marriage certificate.");
  await page.getByLabel("Due date").fill(isoDay(new Date()));
  await requestForm.getByRole("button", { name: "Open request" }).click();
  await expect(requestForm.getByTestId("error-summary")).toContainText("The due date must be in the future (after today).");
  await expect(page.getByLabel("What evidence is needed")).toHaveValue("A copy of your marriage certificate.");
  await expect(page.getByTestId("error-summary")).toHaveCount(2);
  await expectAccessible(page, "the case page with notice and request-for-evidence errors");
  const appointment = new Date(Date.now() + 14 * DAY);
  await page.getByLabel("Kind of notice").selectOption("interview");
  await page.getByLabel("Date", { exact: true }).fill(isoDay(appointment));
  await page.getByLabel("Time", { exact: true }).fill("09:30");
  await page.getByLabel("Location", { exact: true }).fill("Field Office, Room 4");
  await page.getByLabel("Location", { exact: true }).press("Enter");
  await expect(page.getByTestId("issue-notice-done")).toContainText("The notice was issued.");
  await expect(page.getByTestId("officer-notices")).toContainText("Interview notice");
  await expect(page.getByTestId("officer-notices")).toContainText("Field Office, Room 4");
  await expect(page.getByTestId("officer-status")).toContainText("Interview Was Scheduled");

  // The request for evidence, now due after today.
  await page.getByLabel("Due date").fill(isoDay(new Date(Date.now() + 30 * DAY)));
  await page.getByLabel("Due date").press("Enter");
  await expect(page.getByTestId("open-request-done")).toContainText("The request for evidence was opened.");
  await expect(page.getByTestId("officer-requests")).toContainText("A copy of your marriage certificate.");
  await expect(page.getByTestId("officer-requests")).toContainText("No response yet");
  await expect(page.getByTestId("officer-status")).toContainText("Request for Additional Evidence Was Sent");
  await expectAccessible(page, "the case page after opening a request for evidence");

  // The applicant sees the changes, and was alerted.
  const history = await db<{ status: string }>('SELECT status FROM "CaseEvent" WHERE "caseId" = $1 ORDER BY at', [paper.id]);
  expect(history.map((event) => event.status)).toEqual([
    "Case Was Received",
    "Case Is Being Actively Reviewed",
    "Interview Was Scheduled",
    "Request for Additional Evidence Was Sent",
  ]);
  const [alerts] = await db<{ count: string }>(
    `SELECT count(*) FROM "OutboundMessage" WHERE "caseId" = $1 AND template = 'case-update' AND status <> 'FAILED'`,
    [paper.id],
  );
  expect(Number(alerts.count)).toBe(3);
  const applicantContext = await browser.newContext();
  const applicantPage = await applicantContext.newPage();
  await signInWithEmailCode(applicantPage, mail, applicant);
  await applicantPage.goto(`/cases/${paper.receiptNumber}`);
  await expect(applicantPage.getByTestId("case-status")).toContainText("Request for Additional Evidence Was Sent");
  await expect(applicantPage.getByTestId("evidence-requests")).toContainText("A copy of your marriage certificate.");
  await expect(applicantPage.getByTestId("notices")).toContainText("Interview notice");
  await applicantContext.close();
  const changes = (await auditOf(officer.id)).map((entry) => entry.action).filter((action) => action !== "case.viewed");
  expect(changes).toEqual(["document.downloaded", "case.status_added", "case.notice_issued", "case.evidence_requested"]);
  // At an office instead: its address is the place, and the time is read on its clock.
  await page.getByLabel("Kind of notice").selectOption("biometrics");
  await page.getByLabel("Office", { exact: true }).selectOption("SPR-ASC");
  await page.getByLabel("Date", { exact: true }).fill(isoDay(appointment));
  await page.getByLabel("Time", { exact: true }).fill("10:00");
  await noticeForm.getByRole("button", { name: "Issue notice" }).click();
  await expect(page.getByTestId("issue-notice-done")).toContainText("The notice was issued.");
  await expect(page.getByTestId("officer-notices")).toContainText("Springfield Application Support Center, 1 Example Plaza");
  await expectAccessible(page, "the case page after issuing a notice at an office");
  expect(serverErrors).toEqual([]);
});

test("intake of a paper case shows the receipt number and access code once and downloads the Account Access Notice with the code", async ({
  page,
  mail,
  serverErrors,
}) => {
  const officer = await createOfficerAccount({ label: "intake-officer" });
  await signInWithEmailCode(page, mail, officer);
  await page.getByRole("navigation", { name: "Officer console" }).getByRole("link", { name: "Take in a paper case" }).click();
  await expect(page).toHaveURL(/\/agency\/intake$/);
  await expectCurrentNav(page, "Take in a paper case");
  await expectAccessible(page, "the intake form");

  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose the form that was filed.");
  await expect(page.getByTestId("error-summary")).toContainText("Enter the applicant's name.");
  await expectAccessible(page, "the intake form with errors");

  await page.getByLabel("Form filed").selectOption("N-400");
  await page.getByLabel("Applicant's name").fill("Jo Park");
  await page.getByLabel("Receiving office").selectOption("WAC");
  await page.getByLabel("Applicant's name").press("Enter");
  await expect(page.getByTestId("intake-done")).toBeVisible();
  const receipt = (await page.getByTestId("intake-receipt").textContent())!;
  const code = (await page.getByTestId("intake-code").textContent())!;
  expect(receipt).toMatch(/^WAC\d{10}$/);
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectAccessible(page, "the intake result with the access code");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the Account Access Notice (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${receipt}-account-access-notice-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const text = await pdfText(new Uint8Array(await fs.promises.readFile(await download.path())));
  expect(text).toContain(code);
  expect(text).toContain(receipt);
  expect(text).toContain("Jo Park");

  // The code is stored only hashed; a wrong code gets nothing.
  const [row] = await db<{ id: string; accessCodeHash: string; applicantName: string; formType: string }>(
    'SELECT id, "accessCodeHash", "applicantName", "formType" FROM "Case" WHERE "receiptNumber" = $1',
    [receipt],
  );
  expect(row).toMatchObject({ applicantName: "Jo Park", formType: "N-400" });
  expect(row.accessCodeHash).not.toContain(code.replace(/-/g, ""));
  const wrong = await page.request.post("/agency/intake/access-notice", { form: { receipt, code: "AAAA-BBBB-CCCC" } });
  expect(wrong.status()).toBe(404);

  // Shown once: coming back shows a new, empty form.
  await page.goto("/agency/intake");
  await expect(page.getByTestId("intake-code")).toHaveCount(0);
  expect((await auditOf(officer.id)).map((entry) => [entry.action, entry.caseId])).toEqual([
    ["case.intake", row.id],
    ["document.downloaded", row.id],
  ]);
  expect(serverErrors).toEqual([]);
});

test("undelivered alerts are listed and an officer tries one again", async ({ page, mail, serverErrors }) => {
  const officer = await createOfficerAccount({ label: "alerts-officer" });
  const applicant = await createAccount({ label: "alerts-applicant" });
  const paper = await ownedCase(applicant);
  const alertId = await failedAlert(paper.id, applicant.email);

  await signInWithEmailCode(page, mail, officer);
  await page.getByRole("navigation", { name: "Officer console" }).getByRole("link", { name: "Undelivered alerts" }).click();
  await expect(page).toHaveURL(/\/agency\/alerts$/);
  await expectCurrentNav(page, "Undelivered alerts");
  const row = page.getByTestId("undelivered-alert").filter({ hasText: paper.receiptNumber });
  await expect(row).toContainText("Email");
  await expect(row).toContainText("12");
  await expect(row).toContainText("connect ECONNREFUSED");
  await expectAccessible(page, "undelivered alerts");

  const sentAfter = Date.now();
  await row.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("alert-retried")).toContainText("back in the queue");
  await expect(page.getByTestId("undelivered-alert").filter({ hasText: paper.receiptNumber })).toHaveCount(0);
  await expectAccessible(page, "undelivered alerts after trying one again");
  const [after] = await db<{ status: string; attempts: number }>('SELECT status::text, attempts FROM "OutboundMessage" WHERE id = $1', [
    alertId,
  ]);
  expect(after.status).not.toBe("FAILED");
  // The outbox sends it to the SMTP server.
  await mail.waitForMessage((m) => m.to.includes(applicant.email) && m.receivedAt.getTime() >= sentAfter);
  expect((await auditOf(officer.id)).map((entry) => [entry.action, entry.caseId])).toEqual([["alert.retried", paper.id]]);
  expect(serverErrors).toEqual([]);
});

test("a background job that failed every attempt is listed beside the alerts and an officer runs it again", async ({
  page,
  mail,
  serverErrors,
}) => {
  const officer = await createOfficerAccount({ label: "jobs-officer" });
  // A purge that failed on its only attempt (not due again for an hour, so no worker takes it meanwhile).
  const [job] = await db<{ id: string }>(
    `SELECT (graphile_worker.add_job('purge', '{"what":"rate-limits"}'::json, run_at := now() + interval '1 hour', max_attempts := 1)).id::text AS id`,
  );
  await db(
    `UPDATE graphile_worker._private_jobs SET attempts = 1, last_error = 'Connection terminated unexpectedly' WHERE id = $1::bigint`,
    [job.id],
  );

  await signInWithEmailCode(page, mail, officer);
  await page.getByRole("navigation", { name: "Officer console" }).getByRole("link", { name: "Undelivered alerts" }).click();
  await expect(page.getByRole("heading", { name: "Failed background jobs" })).toBeVisible();
  const row = page.getByTestId("failed-job").filter({ hasText: "Removing expired records (rate limits)" });
  await expect(row).toContainText("Connection terminated unexpectedly");
  await expectAccessible(page, "failed background jobs");

  await row.getByRole("button", { name: "Run again" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("job-retried")).toContainText("back in the queue");
  await expect(page.getByTestId("failed-job").filter({ hasText: "Removing expired records (rate limits)" })).toHaveCount(0);
  await expectAccessible(page, "failed background jobs after running one again");
  // The worker runs it, and a job that succeeds leaves the queue.
  await expect.poll(async () => (await db(`SELECT 1 FROM graphile_worker._private_jobs WHERE id = $1::bigint`, [job.id])).length).toBe(0);
  expect((await auditOf(officer.id)).map((entry) => [entry.action, entry.caseId])).toEqual([["job.retried", null]]);
  expect(serverErrors).toEqual([]);
});

test("a notice link followed from another site is refused, and writes nothing in the officer's audit trail", async ({ page, mail }) => {
  const officer = await createOfficerAccount({ label: "cross-site-officer" });
  const paper = await ownedCase(await createAccount({ label: "cross-site-applicant" }));
  const [notice] = await db<{ id: string }>(`SELECT id FROM "Notice" WHERE "caseId" = $1 AND kind = 'RECEIPT'`, [paper.id]);
  const noticeUrl = `${APP_URL}/agency/cases/${paper.receiptNumber}/notices/${notice.id}`;
  await signInWithEmailCode(page, mail, officer);

  // A page elsewhere links to the notice; the officer's browser, signed in, follows the link.
  await page.route("http://elsewhere.test/", (route) =>
    route.fulfill({ contentType: "text/html", body: `<title>Elsewhere</title><a href="${noticeUrl}">Your notice</a>` }),
  );
  await page.goto("http://elsewhere.test/");
  await expectBrowserError(page, failedToLoad(404), () => page.getByRole("link", { name: "Your notice" }).click());
  await expect(page).toHaveURL(noticeUrl);
  await expect(page.getByText("Not found")).toBeVisible();
  expect(await auditOf(officer.id)).toEqual([]);

  // From the console itself, the same link downloads it, audited.
  await page.goto(`/agency/cases/${paper.receiptNumber}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Receipt notice (I-797C) (PDF)" }).click();
  expect(await pdfText(fs.readFileSync(await (await download).path()))).toContain(paper.receiptNumber);
  expect((await auditOf(officer.id)).map((entry) => entry.action)).toEqual(["case.viewed", "document.downloaded"]);
});

test("document and attachment links followed from another site are refused too, and the console's own links download them", async ({
  page,
  mail,
}) => {
  const officer = await createOfficerAccount({ label: "cross-site-files-officer" });
  const applicant = await createAccount({ label: "cross-site-files-applicant" });
  const paper = await ownedCase(applicant);
  await respondedRequest(paper, applicant.id, new Date());
  const thread = await arrange<{ id: string }>({
    op: "thread",
    receiptNumber: paper.receiptNumber,
    applicantId: applicant.id,
    subject: "My letter",
    body: "Attached.",
    attachment: "letter.pdf",
  });
  const [evidence] = await db<{ id: string }>(`SELECT id FROM "Document" WHERE "caseId" = $1 AND "evidenceRequestId" IS NOT NULL`, [
    paper.id,
  ]);
  const [attachment] = await db<{ id: string }>(
    `SELECT d.id FROM "Document" d JOIN "Message" m ON m.id = d."messageId" WHERE m."threadId" = $1`,
    [thread.id],
  );
  const documentUrl = `${APP_URL}/agency/cases/${paper.receiptNumber}/documents/${evidence.id}`;
  const attachmentUrl = `${APP_URL}/agency/messages/${thread.id}/attachments/${attachment.id}`;
  await signInWithEmailCode(page, mail, officer);

  await page.route("http://elsewhere.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<title>Elsewhere</title><a href="${documentUrl}">A document</a> <a href="${attachmentUrl}">An attachment</a>`,
    }),
  );
  for (const [name, url] of [
    ["A document", documentUrl],
    ["An attachment", attachmentUrl],
  ]) {
    await page.goto("http://elsewhere.test/");
    await expectBrowserError(page, failedToLoad(404), () => page.getByRole("link", { name }).click());
    await expect(page).toHaveURL(url);
    await expect(page.getByText("Not found")).toBeVisible();
  }
  expect(await auditOf(officer.id)).toEqual([]);

  // The same addresses opened from the console's own pages download the files.
  await page.goto(`/agency/cases/${paper.receiptNumber}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /passport\.pdf/ }).click();
  expect((await download).suggestedFilename()).toContain("passport");
  await page.goto(`/agency/messages/${thread.id}`);
  const attached = page.waitForEvent("download");
  await page.getByRole("link", { name: /letter\.pdf/ }).click();
  expect((await attached).suggestedFilename()).toContain("letter");
  const downloads = (await auditOf(officer.id)).filter((entry) => entry.action === "document.downloaded");
  expect(downloads).toHaveLength(2);
});

test("applicants and signed-out visitors get 404 from every console page and download", async ({ page, mail, playwright }) => {
  const applicant = await createAccount({ label: "outsider" });
  const paper = await ownedCase(applicant);
  const [notice] = await db<{ id: string }>(`SELECT id FROM "Notice" WHERE "caseId" = $1 AND kind = 'RECEIPT'`, [paper.id]);
  const documentId = "00000000-0000-4000-8000-000000000000";
  const pages = ["/agency", "/agency/search", `/agency/cases/${paper.receiptNumber}`, "/agency/intake", "/agency/alerts"];
  const downloads = [
    `/agency/cases/${paper.receiptNumber}/notices/${notice.id}`,
    `/agency/cases/${paper.receiptNumber}/documents/${documentId}`,
  ];

  const anonymous = await playwright.request.newContext({ baseURL: APP_URL });
  for (const path of [...pages, ...downloads]) expect((await anonymous.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  expect(
    (
      await anonymous.post("/agency/intake/access-notice", {
        form: { receipt: paper.receiptNumber, code: paper.accessCode },
        maxRedirects: 0,
      })
    ).status(),
  ).toBe(404);
  await anonymous.dispose();

  await signInWithEmailCode(page, mail, applicant);
  for (const path of pages) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(path));
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("navigation", { name: "Officer console" })).toHaveCount(0);
  }
  await expectAccessible(page, "the 404 an applicant gets from the console");
  for (const path of downloads) expect((await page.request.get(path)).status(), path).toBe(404);
  expect(
    (await page.request.post("/agency/intake/access-notice", { form: { receipt: paper.receiptNumber, code: paper.accessCode } })).status(),
  ).toBe(404);
  const [audit] = await db<{ count: string }>('SELECT count(*) FROM "AuditLog" WHERE "actorId" = $1', [applicant.id]);
  expect(Number(audit.count)).toBe(0);
});

test("an applicant replaying a console action gets 404 and changes nothing", async ({ page, mail, browser }) => {
  const officer = await createOfficerAccount({ label: "replay-officer" });
  const applicant = await createAccount({ label: "replay-applicant" });
  const paper = await ownedCase(applicant);

  // The officer's own request, as the browser sends it: a status for the applicant's case.
  await signInWithEmailCode(page, mail, officer);
  await page.goto(`/agency/cases/${paper.receiptNumber}`);
  await page.getByLabel("New status").selectOption("Case Was Approved");
  const [sent] = await Promise.all([
    page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
    page.getByRole("button", { name: "Add status" }).click(),
  ]);
  await expect(page.getByTestId("add-status-done")).toBeVisible();
  const headers = await sent.allHeaders();
  const replayAs = (request: typeof page.request) =>
    request.post(sent.url(), {
      headers: {
        "next-action": headers["next-action"],
        "content-type": headers["content-type"],
        accept: headers["accept"] ?? "text/x-component",
      },
      data: sent.postDataBuffer()!,
    });
  const statusNow = async () => (await db<{ status: string }>('SELECT status FROM "Case" WHERE id = $1', [paper.id]))[0].status;

  // The replay itself works for the officer (so the refusal below is the applicant's, not the replay's).
  await db('UPDATE "Case" SET status = $2 WHERE id = $1', [paper.id, "Case Was Received"]);
  expect((await replayAs(page.request)).status()).toBe(200);
  expect(await statusNow()).toBe("Case Was Approved");
  await db('UPDATE "Case" SET status = $2 WHERE id = $1', [paper.id, "Case Was Received"]);
  const before = await db<{ count: string }>('SELECT count(*) FROM "CaseEvent" WHERE "caseId" = $1', [paper.id]);

  const applicantContext = await browser.newContext();
  const applicantPage = await applicantContext.newPage();
  await signInWithEmailCode(applicantPage, mail, applicant);
  expect((await replayAs(applicantPage.request)).status()).toBe(404);
  await applicantContext.close();
  expect(await statusNow()).toBe("Case Was Received");
  expect(await db('SELECT count(*) FROM "CaseEvent" WHERE "caseId" = $1', [paper.id])).toEqual(before);
  const [audit] = await db<{ count: string }>('SELECT count(*) FROM "AuditLog" WHERE "actorId" = $1', [applicant.id]);
  expect(Number(audit.count)).toBe(0);
});
