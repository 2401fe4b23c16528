import { createAccount, signInWithEmailCode } from "./accounts";
import { APP_URL } from "./e2e-env";
import { db, expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { caseInAccount, PDF } from "./messages";
import { acceptInvitation, inviteOfficer } from "./officers";

// The journey, with two browsers side by side: an applicant writes about a case with an
// attachment; an officer made by the agency command finds it in the work queue, replies and changes
// the case's status; the applicant sees both, and the alert email reaches the SMTP server.
test("applicant and officer: a message with an attachment, a reply and a status change, with the alert email", async ({
  page,
  browser,
  mail,
}) => {
  const applicant = await createAccount({ label: "journey-applicant", methods: ["EMAIL"] });
  const paper = await caseInAccount(applicant);
  const subject = `Name change after marriage ${Date.now()}`;

  // The applicant writes from the case page.
  await signInWithEmailCode(page, mail, applicant);
  await page.goto(`/cases/${paper.receiptNumber}`);
  await page.getByRole("link", { name: "Send a message about this case" }).click();
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Your message", { exact: true }).fill("I married in October. My marriage certificate is attached.");
  await page.getByLabel("Attachments").setInputFiles({ name: "marriage-certificate.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}\?sent=1$/);
  await expect(page.getByTestId("attachment")).toContainText("marriage-certificate.pdf");
  await expectAccessible(page, "applicant: the thread just sent");

  // The officer, invited by the agency command, in a browser of their own.
  const officerEmail = uniqueEmail("journey-officer");
  const officerContext = await browser.newContext({ baseURL: APP_URL });
  const desk = await officerContext.newPage();
  await acceptInvitation(desk, mail, officerEmail, await inviteOfficer(officerEmail));
  const queued = desk.getByTestId("work-queue").locator("tbody tr").filter({ hasText: paper.receiptNumber });
  await expect(queued).toContainText(`Message: ${subject}`);
  await expectAccessible(desk, "officer: the work queue");
  await queued.getByRole("link", { name: paper.receiptNumber }).click();
  await expect(desk).toHaveURL(new RegExp(`/agency/cases/${paper.receiptNumber}$`));
  await expectAccessible(desk, "officer: the case page");
  await desk.getByTestId("officer-threads").getByRole("link", { name: subject }).click();
  await expect(desk.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(desk).toHaveTitle(new RegExp(`^${subject} \\|`));
  const attachment = await desk.request.get((await desk.getByTestId("attachment").getByRole("link").getAttribute("href"))!);
  expect(Buffer.from(await attachment.body()).equals(PDF)).toBe(true);
  await desk.getByLabel("Reply to the applicant").fill("Thank you. We have updated the name on your case.");
  await desk.getByRole("button", { name: "Send reply" }).click();
  await expect(desk.getByTestId("reply-sent")).toBeVisible();
  await expectAccessible(desk, "officer: the thread after replying");

  // The status change, from the case page.
  const since = Date.now();
  await desk.getByTestId("case-link").click();
  await desk.getByLabel("New status").selectOption("Case Was Approved");
  await desk.getByRole("button", { name: "Add status" }).click();
  await expect(desk.getByTestId("add-status-done")).toContainText('The status is now "Case Was Approved".');
  await expect(desk.getByTestId("officer-threads")).not.toContainText("Awaiting reply");

  // Each officer action left its audit row.
  const [officer] = await db<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [officerEmail]);
  const actions = await db<{ action: string; caseId: string | null }>(
    `SELECT action, "caseId" FROM "AuditLog" WHERE "actorId" = $1 ORDER BY at, id`,
    [officer.id],
  );
  expect(actions.map((row) => row.action)).toEqual(
    expect.arrayContaining(["case.viewed", "message.viewed", "document.downloaded", "message.replied", "case.status_added"]),
  );
  expect(actions.filter((row) => row.action === "case.status_added")).toEqual([{ action: "case.status_added", caseId: paper.id }]);

  // The applicant: the unread reply in the navigation, the reply, the new status.
  await page.goto("/dashboard");
  await expect(page.getByTestId("messages-link")).toHaveAccessibleName("Messages (1 unread)");
  await page.getByTestId("messages-link").click();
  await page.getByRole("link", { name: subject }).click();
  await expect(page.getByTestId("message").nth(1).getByTestId("message-body")).toHaveText(
    "Thank you. We have updated the name on your case.",
  );
  await expectAccessible(page, "applicant: the thread with the reply");
  await page.goto(`/cases/${paper.receiptNumber}`);
  await expect(page.getByTestId("case-status")).toContainText("Case Was Approved");
  await expectAccessible(page, "applicant: the case with its new status");

  // The alert reached the SMTP server on 127.0.0.1, saying only that something changed.
  const alert = await mail.waitForMessage(
    (m) => m.to.includes(applicant.email) && m.subject.startsWith("There is an update in your account") && m.receivedAt.getTime() >= since,
  );
  for (const part of [alert.subject, alert.text]) {
    expect(part).not.toContain(paper.receiptNumber);
    expect(part).not.toContain("Approved");
  }
  expect(alert.text).toContain(`${APP_URL}/dashboard`);
  await officerContext.close();
});
