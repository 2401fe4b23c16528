import { APP_URL, createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test } from "./fixtures";
import { arrange } from "./arrange";
import { caseInAccount, INJECTION, PDF, signedInElsewhere } from "./messages";

test("an applicant writes about a case with a PDF, an officer reads it and replies, and the applicant is alerted and reads the reply", async ({
  page,
  mail,
  browser,
}) => {
  const applicant = await createAccount({ label: "messages", methods: ["EMAIL"] });
  const paper = await caseInAccount(applicant);
  const officer = await createOfficerAccount({ label: "messages-officer" });
  await signInWithEmailCode(page, mail, applicant);

  // From the case page, the form opens with that case chosen.
  await page.goto(`/cases/${paper.receiptNumber}`);
  await page.getByRole("link", { name: "Send a message about this case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Write a message" })).toBeVisible();
  await expect(page.getByLabel("Which case is your message about?")).toHaveValue(paper.receiptNumber);
  await expect(page.getByLabel("Attachments")).toHaveAccessibleDescription(/Up to 5 files, PDF, JPEG or PNG, 10 MB in total/);
  await expectAccessible(page, "the new-message form, empty");

  // Nothing written: errors, summarised and linked, with focus on the summary.
  await page.getByRole("button", { name: "Send message" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter a subject.");
  await expect(summary).toContainText("Enter your message.");
  // No file chosen is not a file problem.
  await expect(summary.getByRole("link")).toHaveCount(2);
  await expect(page.getByLabel("Subject")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the new-message form with errors");
  expect(await db(`SELECT id FROM "MessageThread" WHERE "applicantId" = $1`, [applicant.id])).toHaveLength(0);

  // The keyboard path: from the summary to the field, type, then on to the next fields and send.
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: "Enter a subject." })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Subject")).toBeFocused();
  await page.keyboard.type("Copy of my passport");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Your message", { exact: true })).toBeFocused();
  await page.keyboard.type(`Here is my passport.\nAlso: ${INJECTION}`);
  await page.getByLabel("Attachments").setInputFiles({ name: "passport.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByLabel("Attachments").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send message" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}\?sent=1$/);
  const threadId = /\/messages\/([0-9a-f-]{36})/.exec(page.url())![1];
  await expect(page.getByTestId("message-sent")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Copy of my passport" })).toBeVisible();
  await expect(page).toHaveTitle(/^Copy of my passport \|/);
  const first = page.getByTestId("message").first();
  await expect(first.getByTestId("message-author")).toHaveText("You");
  // The markup is shown as the text it is; nothing ran and no image was made.
  await expect(first.getByTestId("message-body")).toHaveText(`Here is my passport.\nAlso: ${INJECTION}`);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  const attachment = first.getByTestId("attachment");
  await expect(attachment).toContainText("passport.pdf");
  await expect(attachment).toContainText(`(PDF, ${PDF.length} bytes)`);
  await expectAccessible(page, "the applicant's thread after sending");

  // The applicant's own download.
  const ownHref = await attachment.getByRole("link").getAttribute("href");
  const own = await page.request.get(ownHref!);
  expect(own.status()).toBe(200);
  expect(Buffer.from(await own.body()).equals(PDF)).toBe(true);

  await page.goto("/messages");
  const row = page.getByTestId("thread");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Copy of my passport");
  await expect(row).toContainText(paper.receiptNumber);
  await expect(row).toContainText(/last on .+ at .+ E[SD]T/);
  await expect(row.getByTestId("new-reply")).toHaveCount(0);
  await expect(page.getByTestId("messages-link")).toHaveAccessibleName("Messages");
  await expectAccessible(page, "the message list");

  // The officer, in a browser of their own.
  const desk = await signedInElsewhere(browser, mail, officer);
  await desk.goto(`/agency/messages/${threadId}`);
  await expect(desk.getByRole("heading", { level: 1, name: "Copy of my passport" })).toBeVisible();
  await expect(desk.getByTestId("applicant-email")).toHaveText(applicant.email);
  await expect(desk.getByTestId("case-link")).toHaveAttribute("href", `/agency/cases/${paper.receiptNumber}`);
  await expect(desk.getByTestId("awaiting")).toContainText("Yes, since");
  await expect(desk.getByTestId("message-body").first()).toHaveText(`Here is my passport.\nAlso: ${INJECTION}`);
  expect(await desk.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  await expectAccessible(desk, "the officer's thread");
  const officerHref = await desk.getByTestId("attachment").getByRole("link").getAttribute("href");
  expect(officerHref).toMatch(new RegExp(`^/agency/messages/${threadId}/attachments/`));
  const fetched = await desk.request.get(officerHref!);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()["content-disposition"]).toContain("passport.pdf");
  expect(Buffer.from(await fetched.body()).equals(PDF)).toBe(true);

  // An empty reply is refused, announced and linked to the field.
  await desk.getByRole("button", { name: "Send reply" }).click();
  await expect(desk.getByTestId("error-summary")).toContainText("Enter your message.");
  await expect(desk.getByLabel("Reply to the applicant")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(desk, "the officer's reply form with an error");
  await expect(desk.getByTestId("message")).toHaveCount(1);

  const since = Date.now();
  await desk.getByLabel("Reply to the applicant").fill("Thank you. We received your passport copy.");
  await desk.getByRole("button", { name: "Send reply" }).click();
  await expect(desk.getByTestId("reply-sent")).toBeVisible();
  await expect(desk.getByTestId("message")).toHaveCount(2);
  await expect(desk.getByTestId("awaiting")).toHaveText("No, the agency answered last");
  await expectAccessible(desk, "the officer's thread after replying");
  const audit = await db<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "actorId" = $1 ORDER BY at`, [officer.id]);
  expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(["message.viewed", "document.downloaded", "message.replied"]));

  // The alert email says only that there is a message.
  const alert = await mail.waitForMessage(
    (m) => m.to.includes(applicant.email) && m.subject.startsWith("You have a new secure message") && m.receivedAt.getTime() >= since,
  );
  for (const part of [alert.subject, alert.text, alert.html]) {
    expect(part).not.toContain("passport");
    expect(part).not.toContain(paper.receiptNumber);
  }
  expect(alert.text).toContain("/messages");

  // The applicant sees the unread count, opens the thread, and the count clears.
  await page.goto("/dashboard");
  const link = page.getByTestId("messages-link");
  await expect(link).toHaveAccessibleName("Messages (1 unread)");
  await expect(link.getByTestId("unread-badge")).toHaveText("1");
  await link.click();
  await expect(page.getByTestId("thread").getByTestId("new-reply")).toHaveText("New reply");
  await expect(page.getByTestId("thread-count")).toContainText("1 with a new reply");
  await page.getByRole("link", { name: "Copy of my passport" }).click();
  const reply = page.getByTestId("message").nth(1);
  await expect(reply.getByTestId("message-body")).toHaveText("Thank you. We received your passport copy.");
  await expect(reply.getByTestId("message-author")).toHaveText(/ officer$/);
  await expect(reply).not.toContainText(officer.email);
  await expect(page.getByTestId("messages-link")).toHaveAccessibleName("Messages");
  await expectAccessible(page, "the applicant's thread with the officer's reply");

  // The applicant answers back from the thread, by keyboard.
  await page.getByLabel("Your reply").focus();
  await page.keyboard.type("Thanks!");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Attachments")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send reply" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reply-sent")).toBeVisible();
  await expect(page.getByTestId("message")).toHaveCount(3);
  await expect(page.getByLabel("Your reply")).toHaveValue("");
  await desk.context().close();
});

test("another applicant gets 404 for the thread, its attachment and the officer pages; with no cases they are told to add one", async ({
  page,
  mail,
  browser,
}) => {
  const owner = await createAccount({ label: "messages-owner", methods: ["EMAIL"] });
  const paper = await caseInAccount(owner);
  const stranger = await createAccount({ label: "messages-stranger", methods: ["EMAIL"] });

  const ownerPage = await signedInElsewhere(browser, mail, owner);
  await ownerPage.goto(`/messages/new?case=${paper.receiptNumber}`);
  await ownerPage.getByLabel("Subject").fill("Private");
  await ownerPage.getByLabel("Your message", { exact: true }).fill("Only for the agency.");
  await ownerPage.getByLabel("Attachments").setInputFiles({ name: "private.pdf", mimeType: "application/pdf", buffer: PDF });
  await ownerPage.getByRole("button", { name: "Send message" }).click();
  await expect(ownerPage).toHaveURL(/\/messages\/[0-9a-f-]{36}\?sent=1$/);
  const threadId = /\/messages\/([0-9a-f-]{36})/.exec(ownerPage.url())![1];
  const attachmentHref = await ownerPage.getByTestId("attachment").getByRole("link").getAttribute("href");
  await ownerPage.context().close();

  // Signed out: sent to sign in, never the file.
  const anonymous = await browser.newContext({ baseURL: APP_URL });
  const signedOut = await anonymous.request.get(attachmentHref!, { maxRedirects: 0 });
  expect(signedOut.status()).toBeGreaterThanOrEqual(300);
  expect(signedOut.status()).toBeLessThan(400);
  expect(signedOut.headers()["location"]).toContain("/sign-in");
  expect((await anonymous.request.get(attachmentHref!.replace("/messages/", "/agency/messages/"), { maxRedirects: 0 })).status()).toBe(404);
  await anonymous.close();

  await signInWithEmailCode(page, mail, stranger);
  for (const url of [`/messages/${threadId}`, `/agency/messages/${threadId}`]) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(url));
    expect(response!.status(), url).toBe(404);
    await expect(page.getByText("Only for the agency.")).toHaveCount(0);
  }
  for (const url of [attachmentHref!, attachmentHref!.replace("/messages/", "/agency/messages/")]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).not.toContain("%PDF");
  }
  await page.goto("/messages");
  await expect(page.getByTestId("no-threads")).toBeVisible();
  await expect(page.getByText("Private")).toHaveCount(0);

  await page.goto(`/messages/new?case=${paper.receiptNumber}`);
  await expect(page.getByTestId("no-cases")).toContainText("you have no cases in your account yet");
  await expect(page.getByLabel("Subject")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add a paper-filed case" })).toHaveAttribute("href", "/cases/link");
  await expectAccessible(page, "the new-message page with no cases");
});

test("too many attachments are refused in the browser with a clear message and nothing is sent", async ({ page, mail }) => {
  const applicant = await createAccount({ label: "messages-files", methods: ["EMAIL"] });
  const paper = await caseInAccount(applicant);
  await signInWithEmailCode(page, mail, applicant);
  await page.goto(`/messages/new?case=${paper.receiptNumber}`);
  await page.getByLabel("Subject").fill("Many files");
  await page.getByLabel("Your message", { exact: true }).fill("Six of them.");
  await page
    .getByLabel("Attachments")
    .setInputFiles(Array.from({ length: 6 }, (_, i) => ({ name: `page-${i}.pdf`, mimeType: "application/pdf", buffer: PDF })));
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("You can attach up to 5 files to one message. Choose fewer files.");
  await expect(page.getByLabel("Subject")).toHaveValue("Many files");
  await expect(page.getByLabel("Your message", { exact: true })).toHaveValue("Six of them.");

  // Over 10 MB in total: refused before the upload is sent.
  const big = Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]);
  await page.getByLabel("Attachments").setInputFiles([
    { name: "one.pdf", mimeType: "application/pdf", buffer: big },
    { name: "two.pdf", mimeType: "application/pdf", buffer: big },
  ]);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("must be 10 MB or smaller in total");
  await expectAccessible(page, "the new-message form refusing attachments");
  expect(await db(`SELECT id FROM "MessageThread" WHERE "applicantId" = $1`, [applicant.id])).toHaveLength(0);
});

test("a message refused for a missing subject or an empty reply keeps the files chosen, and sends them once put right", async ({
  page,
  mail,
}) => {
  const applicant = await createAccount({ label: "messages-kept-files", methods: ["EMAIL"] });
  const paper = await caseInAccount(applicant);
  await signInWithEmailCode(page, mail, applicant);
  const attachments = page.getByLabel("Attachments");
  const chosen = () => attachments.evaluate((input: HTMLInputElement) => [...(input.files ?? [])].map((file) => file.name));

  await page.goto(`/messages/new?case=${paper.receiptNumber}`);
  await page.getByLabel("Your message", { exact: true }).fill("Both pages of the certificate.");
  await attachments.setInputFiles([
    { name: "certificate-page-1.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "certificate-page-2.pdf", mimeType: "application/pdf", buffer: PDF },
  ]);
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter a subject");
  await expect.poll(chosen).toEqual(["certificate-page-1.pdf", "certificate-page-2.pdf"]);
  await page.getByLabel("Subject").fill("Marriage certificate");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}\?sent=1$/);
  await expect(page.getByTestId("attachment")).toHaveText([/certificate-page-1\.pdf/, /certificate-page-2\.pdf/]);

  // A reply with a file but no words: refused, the file stays chosen, and goes with the reply.
  await attachments.setInputFiles({ name: "translation.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect.poll(chosen).toEqual(["translation.pdf"]);
  await expectAccessible(page, "a refused reply that kept its file");
  await page.getByLabel("Your reply").fill("The certified translation.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("reply-sent")).toBeVisible();
  await expect(page.getByTestId("message").nth(1).getByTestId("attachment")).toHaveText([/translation\.pdf/]);
});

test("an applicant with more conversations than fit on a page goes through them a page at a time, by keyboard", async ({ page, mail }) => {
  const applicant = await createAccount({ label: "many-threads", methods: ["EMAIL"] });
  const paper = await caseInAccount(applicant);
  const subjects: string[] = [];
  for (let n = 1; n <= 21; n++) {
    const subject = `Question ${String(n).padStart(2, "0")}`;
    // More than an hour's allowance of new messages: the count starts again for the arrangement.
    await db(`DELETE FROM "RateLimit" WHERE key = $1`, [`messages:${applicant.id}`]);
    const thread = await arrange<{ id: string }>({
      op: "thread",
      receiptNumber: paper.receiptNumber,
      applicantId: applicant.id,
      subject,
      body: "x",
    });
    // Question 01 was active most recently, Question 21 longest ago.
    await db(`UPDATE "MessageThread" SET "lastMessageAt" = now() - make_interval(mins => $2) WHERE id = $1`, [thread.id, n]);
    subjects.push(subject);
  }
  await db(`UPDATE "MessageThread" SET "unreadByApplicant" = true WHERE "applicantId" = $1 AND subject = 'Question 21'`, [applicant.id]);

  await signInWithEmailCode(page, mail, applicant);
  await page.goto("/messages");
  const heading = page.getByTestId("thread-count");
  // The heading counts every page, the new reply on page 2 included.
  await expect(heading).toHaveText("21 conversations, 1 with a new reply (page 1 of 2)");
  await expect(page.getByTestId("thread").getByRole("link")).toHaveText(subjects.slice(0, 20));
  const pages = page.getByRole("navigation", { name: "Pages of conversations" });
  await expect(pages.getByRole("link")).toHaveText(["Older conversations"]);
  await expect(pages.getByRole("link", { name: "Older conversations" })).toHaveAttribute("rel", "next");
  await expectAccessible(page, "the message list, page 1 of 2");

  await pages.getByRole("link", { name: "Older conversations" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/messages?page=2");
  await expect(heading).toHaveText("21 conversations, 1 with a new reply (page 2 of 2)");
  await expect(page.getByTestId("thread").getByRole("link")).toHaveText([subjects[20]]);
  await expect(page.getByTestId("thread").getByTestId("new-reply")).toHaveText("New reply");
  await expect(pages.getByRole("link")).toHaveText(["Newer conversations"]);
  await expect(pages.getByRole("link", { name: "Newer conversations" })).toHaveAttribute("rel", "prev");
  await expectAccessible(page, "the message list, page 2 of 2");

  // A page past the end (an old link, a typed address) shows the last one.
  await page.goto("/messages?page=9");
  await expect(page.getByTestId("thread").getByRole("link")).toHaveText([subjects[20]]);
  await pages.getByRole("link", { name: "Newer conversations" }).click();
  await expect(page).toHaveURL("/messages?page=1");
  await expect(page.getByTestId("thread").getByRole("link")).toHaveText(subjects.slice(0, 20));
});
