// A legal representative and a client, each in their own browser and their own account: the
// representative prepares an I-765 for the client and sends it; the client receives the invitation
// at the SMTP server, signs in to their own account, reviews every answer and the G-28 and signs both;
// the representative pays on the payment stand-in and submits; the case is the client's, and the
// representative follows it. Axe on every page.
import type { BrowserContext } from "@playwright/test";
import { createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";
import { E2E_STRIPE_PORT } from "./e2e-env";
import { answerAndContinue, heading, I765_ASYLUM_PAGES } from "./filing-pages";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, PDF, test, uniqueEmail, type Page } from "./fixtures";
import type { SmtpSink } from "../support/smtp-sink";
import { codeIn } from "../support/smtp-sink";

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

// A first card while a green card application is pending: the reduced fee ($260), as in the
// applicant's own paid journey.
const I765_PAGES = I765_ASYLUM_PAGES.flatMap((step) => {
  if (step.title === "Your eligibility category") {
    return [
      { ...step, answers: { category: "c9" } },
      { title: "Your pending green card application", answers: { i485ReceiptNumber: "MSC-25-123-45678", i485FiledOn: "2025-06-02" } },
    ];
  }
  if (step.title === "Have you ever been arrested for or convicted of any crime?") return [];
  return [step];
});

const DOCUMENTS = [
  "A recent passport-style photo",
  "Your passport or another government identity document with your photo",
  "The receipt notice of your Form I-485",
];

/**
 * A representative signs up through the pages, as an applicant does (account type, email link, terms,
 * password, emailed code, backup code, questions), then fills in their profile; they land on My clients.
 */
async function representativeSignsUp(page: Page, mail: SmtpSink): Promise<{ email: string; id: string }> {
  const email = uniqueEmail("rep-journey");
  await signUpToPassword(page, mail, email, { kind: "As a legal representative" });
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  const before = Date.now();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  const code = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= before,
  );
  await page.getByLabel("Verification code").fill(codeIn(code.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await saveBackupCode(page);
  await answerQuestions(page, { representative: true });
  await expectAccessible(page, "the representative's profile, first time");
  await page.getByLabel("Attorney", { exact: true }).check();
  await page.getByLabel("Full name").fill("Rosa Counsel");
  await page.getByLabel("Law firm or organization").fill("Counsel and Partners LLP");
  await page.getByLabel("Street address").fill("1 Court Street");
  await page.getByLabel("City or town").fill("Boston");
  await page.getByLabel("State or territory").selectOption("MA");
  await page.getByLabel("ZIP code").fill("02108");
  await page.getByLabel("Office phone number").fill("(617) 555-0100");
  await page.getByLabel("State or court").fill("Massachusetts");
  await page.getByLabel("Bar number").fill("654321");
  await page.getByLabel(/I am a member in good standing/).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/representative$/);
  await expect(heading(page, "My clients")).toBeVisible();
  await expectAccessible(page, "My clients, a new representative");
  const [user] = await db<{ id: string }>(`SELECT id FROM "User" WHERE email = $1 AND role = 'REPRESENTATIVE'`, [email]);
  return { email, id: user.id };
}

function mailTo(mail: SmtpSink, to: string, subject: string, after: number) {
  return mail.waitForMessage((m) => m.to.includes(to) && m.subject.startsWith(subject) && m.receivedAt.getTime() >= after, 20_000);
}

test("a representative prepares an I-765, the client signs it in their own account, the representative pays and files it", async ({
  page: clientPage,
  mail,
  browser,
}) => {
  test.setTimeout(420_000);
  const client = await createAccount({ label: "rep-client", methods: ["EMAIL"] });
  const officer = await createOfficerAccount({ label: "rep-officer" });
  const contexts: BrowserContext[] = [];
  const newPage = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  };

  try {
    // The representative, in a browser of their own.
    const rep = await newPage();
    const representative = await representativeSignsUp(rep, mail);
    await rep.getByRole("link", { name: "Forms for clients" }).click();
    await expect(heading(rep, "Forms for clients")).toBeVisible();
    await expect(rep.getByTestId("no-client-forms")).toBeVisible();
    await expectAccessible(rep, "the representative's forms for clients, none yet");

    // Starting without a client: the error summary names what is missing.
    await rep.getByRole("button", { name: "Start the form" }).click();
    await expect(rep.getByTestId("error-summary")).toContainText("Enter your client's full name.");
    await expectAccessible(rep, "the start form with errors");
    await rep.getByLabel("Form", { exact: true }).selectOption("I-765");
    await rep.getByLabel("Client's full name").fill("Selam Haile");
    await rep.getByLabel("Client's email address").fill(client.email);
    await rep.getByRole("button", { name: "Start the form" }).click();
    await expect(rep).toHaveURL(/\/file\/[0-9a-f-]{36}$/);
    const filingId = rep.url().split("/").at(-1)!;
    await expect(rep.getByTestId("client-panel")).toContainText(`Selam Haile (${client.email})`);
    await expect(rep.getByTestId("client-review-status")).toHaveText("Being prepared");
    await expectAccessible(rep, "the task list of a form for a client");

    // The same pages an applicant fills in.
    await rep.getByRole("link", { name: "About your application" }).click();
    for (const { title, answers } of I765_PAGES) await answerAndContinue(rep, title, answers);
    await expect(rep).toHaveURL(new RegExp(`/file/${filingId}/check$`));
    await rep.getByTestId("missing").getByRole("link").first().click();
    for (const label of DOCUMENTS) {
      const section = rep.getByTestId("document-rule").filter({ has: rep.getByRole("heading", { name: label }) });
      await section.getByLabel(`Upload a file for: ${label}`).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: PDF });
      await section.locator(`button[type="submit"]`).click();
      await expect(section.getByTestId("uploaded-files")).toContainText("scan.pdf");
    }
    await expectAccessible(rep, "the documents page of a form for a client");
    await rep.getByRole("link", { name: "Continue to check your answers" }).click();
    await expect(rep.getByTestId("missing")).toHaveCount(0);
    await expectAccessible(rep, "check your answers, a form for a client");

    // The representative never signs: the page sends it to the client instead.
    await rep.getByRole("link", { name: "Continue to send to your client" }).click();
    await expect(heading(rep, "Send to your client")).toBeVisible();
    await expect(rep.getByLabel("Your full name")).toHaveCount(0);
    await expectAccessible(rep, "the send-to-client page");
    const sentAt = Date.now();
    await rep.getByRole("button", { name: "Send to client for review" }).click();
    await expect(rep.getByTestId("sent-to-client")).toContainText(client.email);
    await expect(rep.getByTestId("client-review-status")).toContainText("Sent to your client");
    await expectAccessible(rep, "the send-to-client page after sending");

    // The client: the invitation at the SMTP server, opened signed out.
    const invitation = await mailTo(mail, client.email, "A form is ready for you to review and sign", sentAt);
    expect(invitation.text).toContain("Rosa Counsel");
    expect(invitation.text).not.toContain("MSC2512345678");
    const link = /https?:\/\/\S+\/invitation\?token=[A-Za-z0-9_-]{43}/.exec(invitation.text)![0];
    await clientPage.goto(link);
    await expect(heading(clientPage, "A form to review and sign")).toBeVisible();
    await expect(clientPage.getByTestId("representative-named")).toContainText("Rosa Counsel, Counsel and Partners LLP");
    await expect(clientPage.getByTestId("representative-not-verified")).toHaveText("Details not verified");
    await expectAccessible(clientPage, "the invitation, signed out");
    await clientPage.getByRole("button", { name: "Sign in to review the form" }).click();
    await expect(clientPage).toHaveURL(/\/sign-in$/);

    // Signed in to their own account, they come back to the invitation.
    await signInWithEmailCode(clientPage, mail, client, /\/invitation\?token=/);
    await expectAccessible(clientPage, "the invitation, signed in");
    await clientPage.getByRole("button", { name: "Review the form" }).click();
    await expect(clientPage).toHaveURL(new RegExp(`/file/review/${filingId}$`));
    await expect(heading(clientPage, "Review the form prepared for you")).toBeVisible();
    await expect(clientPage.getByText("MSC2512345678")).toBeVisible();
    await expect(clientPage.getByRole("link", { name: /^Change/ })).toHaveCount(0);
    await expect(clientPage.getByTestId("g28")).toContainText("Rosa Counsel, Counsel and Partners LLP");
    await expect(clientPage.getByTestId("g28").getByTestId("representative-not-verified")).toBeVisible();
    await expectAccessible(clientPage, "the client's review of the form");

    // The link works once.
    const reused = await newPage();
    await reused.goto(link);
    await expect(heading(reused, "This invitation link does not work")).toBeVisible();
    await expectAccessible(reused, "a used invitation link");

    // A wrong name is refused; then the form and the G-28, signed.
    await clientPage.getByLabel("Your full name").fill("Somebody Else");
    await clientPage.getByLabel(/I certify, under penalty of perjury/).check();
    await clientPage.getByLabel(/I consent to Rosa Counsel/).check();
    await clientPage.getByRole("button", { name: "Sign the form and the G-28" }).click();
    await expect(clientPage.getByTestId("error-summary")).toContainText(
      "Type your full name exactly as it is given in the form: Selam Haile.",
    );
    await expectAccessible(clientPage, "the client's signature refused");
    const signedAt = Date.now();
    await clientPage.getByLabel("Your full name").fill("Selam Haile");
    await clientPage.getByRole("button", { name: "Sign the form and the G-28" }).click();
    await expect(clientPage.getByTestId("review-state")).toContainText("You signed this form");
    await expectAccessible(clientPage, "the client's review after signing");

    // The representative hears of it, pays on the payment stand-in and submits.
    await mailTo(mail, representative.email, "Your client signed a form", signedAt);
    await rep.goto(`/file/${filingId}/sign`);
    await expect(rep.getByTestId("client-review-status")).toHaveText("Signed by your client");
    await expectAccessible(rep, "the send page once the client signed");
    await rep.getByRole("link", { name: "Continue to payment ($260.00)" }).click();
    await expect(rep.getByTestId("fee-amount")).toHaveText("$260.00");
    await expectAccessible(rep, "the pay page of a form for a client");
    await rep.getByRole("button", { name: "Pay $260.00" }).click();
    await expect(rep).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${E2E_STRIPE_PORT}/pay/cs_test_\\w+$`));
    await rep.getByLabel("Card number").fill("4242 4242 4242 4242");
    await rep.getByLabel("Expiry date").fill("12 / 40");
    await rep.getByLabel("Security code (CVC)").fill("123");
    await rep.getByLabel("Name on card").fill("Rosa Counsel");
    const paidAt = Date.now();
    await rep.getByRole("button", { name: "Pay $260.00" }).click();
    await expect(rep).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`), { timeout: 30_000 });
    await expect(heading(rep, "Form submitted for your client")).toBeVisible();
    const receipt = (await rep.getByTestId("receipt-number").textContent())!.trim();
    expect(receipt).toMatch(/^IOE\d{10}$/);
    await expectAccessible(rep, "the representative's confirmation");

    // The case is the client's, with the G-28 the client signed; the receipt alert to the client,
    // the copy to the representative.
    const [filed] = await db<{ id: string; ownerId: string }>(`SELECT id, "ownerId" FROM "Case" WHERE "receiptNumber" = $1`, [receipt]);
    expect(filed.ownerId).toBe(client.id);
    const representations = await db<{ source: string; representativeId: string; clientId: string; filingId: string }>(
      `SELECT source::text, "representativeId", "clientId", "filingId" FROM "Representation" WHERE "caseId" = $1`,
      [filed.id],
    );
    expect(representations).toEqual([{ source: "ONLINE", representativeId: representative.id, clientId: client.id, filingId }]);
    await mailTo(mail, client.email, "There is an update in your account", paidAt);
    await mailTo(mail, representative.email, "Courtesy copy: a client's case has an update", paidAt);

    // The client sees the case on their dashboard.
    await clientPage.goto("/dashboard");
    await expect(clientPage.locator(`[data-receipt="${receipt}"]`)).toContainText("Case Was Received");
    await expectAccessible(clientPage, "the client's dashboard with the case");

    // The representative's list of forms for clients says it was submitted.
    await rep.goto("/representative/file");
    await expect(rep.getByTestId("client-form").filter({ hasText: "Selam Haile" }).getByTestId("client-form-status")).toHaveText(
      "Submitted",
    );
    await expectAccessible(rep, "the forms for clients after filing");

    // An officer issues a request for evidence on the case.
    const console = await newPage();
    await signInWithEmailCode(console, mail, officer);
    await console.goto(`/agency/cases/${receipt.toLowerCase()}`);
    await console.getByLabel("What evidence is needed").fill("A copy of your I-94 record.");
    await console.getByLabel("Due date").fill(isoDay(new Date(Date.now() + 30 * DAY)));
    await console.getByTestId("open-request-form").getByRole("button", { name: "Open request" }).click();
    await expect(console.getByTestId("open-request-done")).toContainText("The request for evidence was opened.");
    await expectAccessible(console, "the officer's case page after the request for evidence");

    // The representative: the case under My clients, and the request for evidence, answered.
    await rep.goto("/representative");
    const card = rep.locator(`[data-receipt="${receipt}"]`);
    await expect(card.getByTestId("client-name")).toContainText("Selam Haile");
    await expectAccessible(rep, "My clients with the new case");
    await card.getByRole("link").first().click();
    await expect(rep).toHaveURL(new RegExp(`/representative/cases/${receipt}$`));
    await expect(rep.getByTestId("evidence-requests")).toContainText("A copy of your I-94 record.");
    await expectAccessible(rep, "the representative's view of the client's case");
    await rep.getByRole("link", { name: "Respond to request for evidence" }).click();
    await expect(rep.getByLabel("Upload a document")).toBeVisible();
    await expectAccessible(rep, "the representative's response page");
    await rep.getByLabel("Upload a document").setInputFiles({ name: "i94.pdf", mimeType: "application/pdf", buffer: PDF });
    await rep.getByRole("button", { name: "Upload", exact: true }).click();
    await expect(rep.getByTestId("uploaded")).toContainText("Uploaded i94.pdf.");
    await rep.getByLabel(/I have uploaded everything/).check();
    await rep.getByRole("button", { name: "Submit my response" }).click();
    await expect(rep).toHaveURL(new RegExp(`/representative/cases/${receipt}\\?responded=`));
    await expect(rep.getByTestId("answered-request")).toContainText("A copy of your I-94 record.");
    await expectAccessible(rep, "the client's case after the representative answered");
    const [answered] = await db<{ respondedById: string }>(
      `SELECT "respondedById" FROM "EvidenceRequest" r JOIN "Case" c ON c.id = r."caseId" WHERE c."receiptNumber" = $1`,
      [receipt],
    );
    expect(answered.respondedById).toBe(representative.id);

    // The client ends the representation from their case page; the representative's next page of
    // that case is "page not found".
    await clientPage.goto(`/cases/${receipt}`);
    await expect(clientPage.getByTestId("current-representative")).toContainText("Rosa Counsel");
    await expectAccessible(clientPage, "the client's case page with who represents them");
    await clientPage.getByRole("link", { name: /^End representation/ }).click();
    await expect(clientPage.getByTestId("confirm-end-representation")).toBeVisible();
    await expectAccessible(clientPage, "the confirm step of ending the representation");
    await clientPage.getByRole("button", { name: "Yes, end the representation" }).click();
    await expect(clientPage.getByTestId("representation-ended")).toBeVisible();
    await expectAccessible(clientPage, "the client's case page after ending the representation");
    const gone = await expectBrowserError(rep, failedToLoad(404), () => rep.goto(`/representative/cases/${receipt}`));
    expect(gone!.status()).toBe(404);
    await expectAccessible(rep, "the representative's page-not-found for the former client's case");
  } finally {
    for (const context of contexts) await context.close();
  }
});
