import { APP_URL, createAccount, signInWithEmailCode } from "./accounts";
import { addStatus, createPaperCase } from "./cases";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test } from "./fixtures";

const FORMAT_MESSAGE = "should be a total of 13 characters (3 character prefix followed by 10 digits)";
const LINK_FAILED = "We could not add this case. Check the receipt number and the Online Access Code on your Account Access Notice.";

test("an applicant adds a paper-filed case, follows its status, and the new mark clears once seen", async ({ page, mail }) => {
  const account = await createAccount({ label: "cases", methods: ["EMAIL"] });
  const paper = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await signInWithEmailCode(page, mail, account);

  await expect(page.getByTestId("empty-cases")).toBeVisible();
  await expectAccessible(page, "the dashboard with no cases");

  await page.getByRole("link", { name: "Add a paper-filed case" }).click();
  await expect(page).toHaveURL(/\/cases\/link$/);
  await expectAccessible(page, "the add-a-case form");

  const receipt = page.getByLabel("Receipt number", { exact: true });
  const code = page.getByLabel("Online Access Code", { exact: true });
  const submit = page.getByRole("button", { name: "Add case" });
  const summary = page.getByTestId("error-summary");

  // A receipt number one digit short: the public wording, kept in the field, linked from the summary.
  await receipt.fill("EAC-26-123-4567");
  await code.fill(paper.accessCode);
  await submit.click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(FORMAT_MESSAGE);
  await expect(receipt).toHaveValue("EAC-26-123-4567");
  await expect(receipt).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the add-a-case form with a malformed receipt number");

  // The right receipt number with a wrong code: one message that does not say which part was wrong.
  await receipt.fill(paper.receiptNumber);
  await code.fill("0000-0000-0000");
  await submit.click();
  await expect(summary).toContainText(LINK_FAILED);
  await expect(summary).toBeFocused();
  await expectAccessible(page, "the add-a-case form after a wrong code");
  const [unlinked] = await db<{ ownerId: string | null; accessCodeUsedAt: Date | null }>(
    `SELECT "ownerId", "accessCodeUsedAt" FROM "Case" WHERE id = $1`,
    [paper.id],
  );
  expect(unlinked).toEqual({ ownerId: null, accessCodeUsedAt: null });

  await receipt.fill(paper.receiptNumber.toLowerCase());
  await code.fill(paper.accessCode.toLowerCase());
  await submit.click();
  await expect(page).toHaveURL(new RegExp(`/cases/${paper.receiptNumber}\\?linked=1$`));
  await expect(page.getByTestId("case-linked")).toContainText("The case was added to your account");
  await expect(page.getByTestId("case-status")).toContainText("Case Was Received");
  await expectAccessible(page, "the case page just after adding the case");

  // The agency moves the case on while the person is away.
  await addStatus(paper.receiptNumber, "Case Is Being Actively Reviewed");
  await page.goto("/dashboard");
  const card = page.getByTestId("case-card");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("I-130: Petition for Alien Relative");
  await expect(card).toContainText(paper.receiptNumber);
  await expect(card).toContainText("Case Is Being Actively Reviewed");
  await expect(card.getByTestId("new-mark")).toHaveText("New since your last visit");
  await expectAccessible(page, "the dashboard with a case changed since the last visit");

  await card.getByRole("link", { name: "I-130: Petition for Alien Relative" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${paper.receiptNumber}$`));
  const status = page.getByTestId("case-status");
  await expect(status.getByRole("heading", { level: 2 })).toHaveText("Case Is Being Actively Reviewed");
  await expect(status).toContainText("An officer is reviewing your case.");
  await expect(status).toContainText("What happens next");
  const history = page.getByTestId("case-history").getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText("Case Is Being Actively Reviewed");
  await expect(history.nth(0)).toContainText("New since your last visit");
  await expect(history.nth(1)).toContainText("Case Was Received");
  await expect(history.nth(0).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T.*Z$/);
  const notices = page.getByTestId("notices");
  await expect(notices.getByRole("link", { name: "Receipt notice (I-797C)" })).toHaveAttribute(
    "href",
    new RegExp(`^/cases/${paper.receiptNumber}/notices/[0-9a-f-]{36}$`),
  );
  await expectAccessible(page, "the case page with a new status");

  await page.getByRole("link", { name: "Back to my cases" }).click();
  await expect(page.getByTestId("case-card")).toContainText("Case Is Being Actively Reviewed");
  await expect(page.getByTestId("new-mark")).toHaveCount(0);

  // Adding it again says it is already here, with a way to it.
  await page.getByRole("link", { name: "Add a paper-filed case" }).click();
  await page.getByLabel("Receipt number", { exact: true }).fill(paper.receiptNumber);
  await page.getByLabel("Online Access Code", { exact: true }).fill(paper.accessCode);
  await page.getByRole("button", { name: "Add case" }).click();
  await expect(page.getByTestId("already-linked")).toContainText("This case is already in your account");
  await expectAccessible(page, "the add-a-case form for a case already in the account");
  await page.getByTestId("already-linked").getByRole("link", { name: "Go to the case" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${paper.receiptNumber}$`));
});

test("a case page is for its owner: signed out goes to sign-in, another applicant gets 404", async ({ page, mail, browser, request }) => {
  const owner = await createAccount({ label: "owner", methods: ["EMAIL"] });
  const outsider = await createAccount({ label: "outsider", methods: ["EMAIL"] });
  const paper = await createPaperCase({ formType: "N-400", applicantName: "Sam Roe", ownerId: owner.id });

  const signedOut = await request.get(`/cases/${paper.receiptNumber}`, { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(signedOut.status());
  expect(signedOut.headers().location).toMatch(/\/sign-in\?reason=signed-out$/);
  const signedOutLink = await request.get("/cases/link", { maxRedirects: 0 });
  expect(signedOutLink.headers().location).toMatch(/\/sign-in/);

  await signInWithEmailCode(page, mail, outsider);
  for (const path of [
    `/cases/${paper.receiptNumber}`,
    `/cases/${paper.receiptNumber.toLowerCase()}`,
    "/cases/EAC0000000000",
    "/cases/EAC26",
    "/cases/%E0%A4%A",
  ]) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(path));
    expect(response?.status(), path).toBe(404);
  }
  await expectBrowserError(page, failedToLoad(404), () => page.goto(`/cases/${paper.receiptNumber}`));
  await expect(page.getByText("Sam Roe")).toHaveCount(0);
  await expect(page).toHaveTitle(/^Page not found \|/);
  await expectAccessible(page, "another applicant's case (not found)");
  // The outsider's visit does not count as the owner's.
  const [row] = await db<{ ownerViewedAt: Date | null }>(`SELECT "ownerViewedAt" FROM "Case" WHERE id = $1`, [paper.id]);
  expect(row.ownerViewedAt).toBeNull();

  const ownerContext = await browser.newContext({ baseURL: APP_URL });
  try {
    const ownerPage = await ownerContext.newPage();
    await signInWithEmailCode(ownerPage, mail, owner);
    const response = await ownerPage.goto(`/cases/${paper.receiptNumber}`);
    expect(response?.status()).toBe(200);
    await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("N-400: Application for Naturalization");
    // Each case's tab and history entry is told apart by its receipt number.
    await expect(ownerPage).toHaveTitle(new RegExp(`^Case status: ${paper.receiptNumber} \\|`));
  } finally {
    await ownerContext.close();
  }
});
