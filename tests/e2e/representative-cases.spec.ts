import { createAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { addStatus, caseWithOpenRequest } from "./cases";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, PDF, signOut, test } from "./fixtures";
import { createRepresentativeAccount, recordG28, signInAsRepresentative } from "./represented-cases";

test("a representative follows a client's case, answers its request for evidence, writes to the agency and withdraws", async ({
  page,
  mail,
  browser,
}) => {
  const client = await createAccount({ label: "client", methods: ["EMAIL"] });
  const { caseId, receiptNumber, requestId } = await caseWithOpenRequest(client.id, "A certified copy of the birth certificate.");
  const rep = await createRepresentativeAccount("Rosa Lawyer");
  await recordG28(caseId, rep.id);
  const otherClient = await createAccount({ label: "other-client", methods: ["EMAIL"] });
  const notRepresented = await caseWithOpenRequest(otherClient.id);

  await signInAsRepresentative(page, mail, rep);
  await expect(page.getByRole("heading", { level: 1, name: "My clients" })).toBeVisible();
  const card = page.getByTestId("client-case");
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute("data-receipt", receiptNumber);
  await expect(card.getByTestId("client-name")).toHaveText("Ana Diaz");
  await expect(card.getByTestId("client-case-status")).toHaveText("Request for Additional Evidence Was Sent");
  await expect(card.getByTestId("new-mark")).toBeVisible();
  await expectAccessible(page, "My clients");

  // The case: history, notices (the PDF downloads), the open request.
  await card.getByRole("link").click();
  await expect(page).toHaveURL(`/representative/cases/${receiptNumber}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Diaz: I-130, Petition for Alien Relative");
  await expect(page).toHaveTitle(new RegExp(`^Client's case: ${receiptNumber} \\|`));
  await expect(page.getByTestId("case-history")).toContainText("Request for Additional Evidence Was Sent");
  await expect(page.getByTestId("notices")).not.toContainText("Account Access");
  await expect(page.getByTestId("evidence-requests")).toContainText("A certified copy of the birth certificate.");
  await expectAccessible(page, "a client's case");
  const noticeHref = await page.getByTestId("notices").getByRole("link").first().getAttribute("href");
  const pdf = await page.request.get(noticeHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The visit is recorded: nothing is new on My clients any more.
  await page.getByRole("link", { name: "Back to my clients" }).click();
  await expect(page.getByTestId("client-case")).toHaveCount(1);
  await expect(page.getByTestId("client-case").getByTestId("new-mark")).toHaveCount(0);

  // A courtesy copy of the client's next case alert.
  await addStatus(receiptNumber, "Case Is Being Actively Reviewed");
  const copy = await mail.waitForMessage((m) => m.to.includes(rep.email) && m.subject.startsWith("Courtesy copy"));
  expect(copy.text).toContain("/representative");
  expect(copy.text).not.toContain(receiptNumber);
  await page.reload();
  await expect(page.getByTestId("client-case").getByTestId("new-mark")).toBeVisible();

  // Answering the request for evidence.
  await page.goto(`/representative/cases/${receiptNumber}`);
  await page.getByRole("link", { name: "Respond to request for evidence" }).click();
  await expect(page).toHaveURL(`/representative/cases/${receiptNumber}/evidence/${requestId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Answer the request for evidence" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What we asked for" })).toContainText(/Sent on .+\. Send the response by .+\./);
  await expect(page.getByTestId("due-date").locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expectAccessible(page, "the representative's response page");
  await page.getByLabel("Upload a document").setInputFiles({ name: "birth-certificate.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByTestId("uploaded")).toContainText("Uploaded birth-certificate.pdf.");
  await page.getByLabel(/I have uploaded everything/).check();
  await page.getByRole("button", { name: "Submit my response" }).click();
  await expect(page).toHaveURL(`/representative/cases/${receiptNumber}?responded=${requestId}`);
  await expect(page.getByTestId("response-sent")).toContainText("1 document: birth-certificate.pdf");
  await expect(page.getByTestId("answered-request")).toContainText("Answered by you");
  await expect(page.getByTestId("answered-request").locator("time")).toHaveCount(2);
  await expectAccessible(page, "the case after the representative's response");
  expect(await db(`SELECT "respondedById" FROM "EvidenceRequest" WHERE id = $1`, [requestId])).toEqual([{ respondedById: rep.id }]);
  await page.goto(`/representative/cases/${receiptNumber}/evidence/${requestId}`);
  await expect(page.getByTestId("response-sent")).toContainText("The response was sent");
  await expect(page.getByRole("region", { name: "What we asked for" })).toContainText("Response was due by");
  await expect(page.getByRole("button", { name: "Submit my response" })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the case" }).click();
  await expect(page).toHaveURL(`/representative/cases/${receiptNumber}`);

  // A secure message about the case.
  await page.getByTestId("message-about-case").click();
  await expect(page.getByRole("heading", { level: 1, name: "Write a message about this case" })).toBeVisible();
  await expectAccessible(page, "the representative's new message page");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter a subject.");
  await page.getByLabel("Subject").fill("Entry of appearance");
  await page.getByRole("textbox", { name: "Your message" }).fill("I represent the applicant on this case. The G-28 is on file.");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByTestId("message-sent")).toBeVisible();
  await expect(page.getByTestId("message-author")).toHaveText("You");
  await expectAccessible(page, "the representative's thread");
  const [thread] = await db<{ applicantId: string; authorRole: string }>(
    `SELECT t."applicantId", m."authorRole" FROM "MessageThread" t JOIN "Message" m ON m."threadId" = t.id WHERE t."caseId" = $1`,
    [caseId],
  );
  expect(thread).toEqual({ applicantId: rep.id, authorRole: "REPRESENTATIVE" });

  // A case without their G-28 is not found, like one that does not exist.
  for (const url of [`/representative/cases/${notRepresented.receiptNumber}`, "/representative/cases/EAC0000000000"]) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(url));
    expect(response!.status(), url).toBe(404);
  }

  // Withdrawing, with a confirm step.
  await page.goto(`/representative/cases/${receiptNumber}`);
  await page.getByTestId("withdraw-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Withdraw from this case?" })).toBeVisible();
  await expectAccessible(page, "the withdraw confirmation");
  await page.getByRole("button", { name: "Yes, withdraw my G-28" }).click();
  await expect(page).toHaveURL(`/representative/withdrawn?withdrawn=${receiptNumber}`);
  await expect(page.getByTestId("withdrawn-banner")).toBeVisible();
  const row = page.getByTestId("withdrawn-row");
  await expect(row).toContainText(receiptNumber);
  await expect(row.getByTestId("ended-by")).toHaveText("You (withdrawn)");
  await expectAccessible(page, "Withdrawn G-28s");
  for (const url of [`/representative/cases/${receiptNumber}`, noticeHref!]) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(url));
    expect(response!.status(), url).toBe(404);
  }
  await page.goto("/representative");
  await expect(page.getByTestId("no-clients")).toBeVisible();
  await signOut(page);

  // The client sees that their representative answered.
  const clientPage = await (await browser.newContext()).newPage();
  await signInWithEmailCode(clientPage, mail, client);
  await clientPage.goto(`/cases/${receiptNumber}`);
  await expect(clientPage.getByTestId("answered-request")).toContainText("Your representative sent:");
  await expect(clientPage.getByTestId("answered-request")).toContainText("birth-certificate.pdf");
  await expectAccessible(clientPage, "the client's case after the representative answered");
});

test("a representative with more clients than fit on a page goes through them a page at a time, by keyboard", async ({ page, mail }) => {
  const rep = await createRepresentativeAccount("Rosa Lawyer");
  const names: string[] = [];
  for (let n = 1; n <= 21; n++) {
    const name = `Client ${String(n).padStart(2, "0")}`;
    const created = await arrange<{ id: string }>({ op: "paper-case", applicantName: name });
    await recordG28(created.id, rep.id);
    // Client 01 changed most recently, Client 21 longest ago.
    await db(`UPDATE "Case" SET "statusChangedAt" = now() - make_interval(mins => $2) WHERE id = $1`, [created.id, n]);
    names.push(name);
  }

  await signInAsRepresentative(page, mail, rep);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Cases (21) (page 1 of 2)");
  await expect(page.getByTestId("client-name")).toHaveText(names.slice(0, 20));
  const pages = page.getByRole("navigation", { name: "Pages of cases" });
  await expect(pages.getByRole("link")).toHaveText(["Next page"]);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveAttribute("rel", "next");
  await expectAccessible(page, "My clients, page 1 of 2");

  await pages.getByRole("link", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/representative?page=2");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Cases (21) (page 2 of 2)");
  await expect(page.getByTestId("client-name")).toHaveText([names[20]]);
  await expect(pages.getByRole("link")).toHaveText(["Previous page"]);
  await expect(pages.getByRole("link", { name: "Previous page" })).toHaveAttribute("rel", "prev");
  await expectAccessible(page, "My clients, page 2 of 2");

  // A page past the end (an old link, a typed address) shows the last one.
  await page.goto("/representative?page=7");
  await expect(page.getByTestId("client-name")).toHaveText([names[20]]);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL("/representative?page=1");
  await expect(page.getByTestId("client-name")).toHaveText(names.slice(0, 20));
});
