import { createAccount, signInWithEmailCode } from "./accounts";
import { createPaperCase } from "./cases";
import { AR11_PAGES, answerAndContinue, answerPage, heading } from "./filing-pages";
import { db, expect, expectAccessible, expectBrowserError, failedToLoad, test, type Page } from "./fixtures";

async function startForm(page: Page, formType: string) {
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "File a form online" }).click();
  await expect(heading(page, "File a form online")).toBeVisible();
  await expectAccessible(page, "the catalogue of forms");
  await page.getByRole("button", { name: new RegExp(`^Start ${formType}\\b`) }).click();
  await expect(page).toHaveURL(/\/file\/[0-9a-f-]{36}$/);
  return page.url().split("/").at(-1)!;
}

test("AR-11: a change of address goes onto the account and both pending cases, with a confirmation number", async ({ page, mail }) => {
  const account = await createAccount({ label: "ar11", methods: ["EMAIL"] });
  const first = await createPaperCase({ ownerId: account.id, receivedDaysAgo: 40 });
  const second = await createPaperCase({ ownerId: account.id, formType: "I-765", receivedDaysAgo: 10 });
  await signInWithEmailCode(page, mail, account);

  const filingId = await startForm(page, "AR-11");
  await expect(heading(page, "Change of address")).toBeVisible();
  await expect(page.getByTestId("task").first()).toContainText("Not started");
  await expectAccessible(page, "the AR-11 task list");
  await page.getByRole("link", { name: "About you" }).click();
  for (const { title, answers } of AR11_PAGES) await answerAndContinue(page, title, answers);

  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/check$`));
  await expect(heading(page, "Check your answers")).toBeVisible();
  await expect(page.getByTestId("missing")).toHaveCount(0);
  await expect(page.getByTestId("fee")).toHaveText("No fee");
  const street = page.getByTestId("answer-row").filter({ hasText: "Street number and name" });
  await expect(street).toContainText("12 Harbor Street");
  await expectAccessible(page, "check your answers (AR-11)");
  // A date's Change link leads to its day box (there is no element with the question's own id).
  const born = page.getByTestId("answer-row").filter({ hasText: "Date of birth" });
  await expect(born.getByRole("link", { name: /Change/ })).toHaveAttribute(
    "href",
    `/file/${filingId}/details?return=check#dateOfBirth-day`,
  );

  // A Change link goes to the question and comes back to the check page.
  await street.getByRole("link", { name: /Change/ }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/new-address\\?return=check#newStreet$`));
  await expect(page.locator("#newStreet")).toBeFocused();
  await answerPage(page, { newStreet: "14 Harbor Street" });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/check$`));
  await expect(page.getByTestId("answer-row").filter({ hasText: "Street number and name" })).toContainText("14 Harbor Street");
  // A date's Change link puts focus in its day box.
  await born.getByRole("link", { name: /Change/ }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/details\\?return=check#dateOfBirth-day$`));
  await expect(page.locator("#dateOfBirth-day")).toBeFocused();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/check$`));

  await page.getByRole("link", { name: "Continue to sign" }).click();
  await expect(heading(page, "Sign your form")).toBeVisible();
  await expectAccessible(page, "the sign page (AR-11)");
  // The name must be the one in the form.
  await page.getByLabel("Your full name").fill("Someone Else");
  await page.getByLabel(/I certify, under penalty of perjury/).check();
  await page.getByRole("button", { name: "Sign and submit" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Type your full name exactly as you gave it in the form: Ana Diaz.");
  await expect(page.getByLabel(/I certify, under penalty of perjury/)).toBeChecked();
  await page.getByLabel("Your full name").fill("ana diaz");
  await page.getByRole("button", { name: "Sign and submit" }).click();

  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/confirmation$`));
  await expect(heading(page, "Change of address submitted")).toBeVisible();
  const confirmation = (await page.getByTestId("confirmation-number").first().textContent())!.trim();
  expect(confirmation).not.toBe("");
  await expectAccessible(page, "the AR-11 confirmation");

  const cases = await db<{ receiptNumber: string; mailingAddress: string | null }>(
    `SELECT "receiptNumber", "mailingAddress" FROM "Case" WHERE id = ANY($1::uuid[]) ORDER BY "receiptNumber"`,
    [[first.id, second.id]],
  );
  expect(cases).toHaveLength(2);
  for (const c of cases) expect(c.mailingAddress).toContain("14 Harbor Street");
  const events = await db<{ caseId: string }>(
    `SELECT "caseId" FROM "CaseEvent" WHERE kind = 'ADDRESS_CHANGED' AND "caseId" = ANY($1::uuid[])`,
    [[first.id, second.id]],
  );
  expect(events).toHaveLength(2);
  const [user] = await db<{ addressLine1: string | null }>(`SELECT "addressLine1" FROM "User" WHERE id = $1`, [account.id]);
  expect(user.addressLine1).toBe("14 Harbor Street");

  // Submitted: read-only, and no longer a draft on the dashboard.
  await page.goto(`/file/${filingId}/name`);
  await expect(page.getByTestId("already-submitted")).toContainText("This form has already been submitted");
  await expect(page.getByRole("button", { name: "Continue", exact: true })).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByTestId("draft-list")).toHaveCount(0);
});

test("a wrong answer is pointed out and every other answer on the page stays as typed", async ({ page, mail }) => {
  const account = await createAccount({ label: "ar11-wrong", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  const filingId = await startForm(page, "AR-11");
  await page.goto(`/file/${filingId}/new-address`);
  await answerPage(page, {
    newStreet: "12 Harbor Street",
    newUnit: "Apt 4",
    newCity: "Boston",
    newState: "MA",
    newZip: "9021",
    newIsMailing: "no",
  });
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  await expectAccessible(page, "a question page with an error");
  // The summary links to the field, which says what is wrong.
  await expect(summary.getByRole("link").first()).toHaveAttribute("href", "#newZip");
  await expect(page.locator("#newZip-error")).toBeVisible();
  await expect(page.locator("#newZip")).toHaveValue("9021");
  await expect(page.locator("#newStreet")).toHaveValue("12 Harbor Street");
  await expect(page.locator("#newUnit")).toHaveValue("Apt 4");
  await expect(page.locator("#newCity")).toHaveValue("Boston");
  await expect(page.locator("#newState")).toHaveValue("MA");
  await expect(page.locator('[name="newIsMailing"][value="no"]')).toBeChecked();
  const [row] = await db<{ answers: Record<string, unknown> }>(`SELECT answers FROM "Filing" WHERE id = $1`, [filingId]);
  expect(row.answers).toEqual({});

  await answerPage(page, { newZip: "02110" });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/file/${filingId}/mailing-address$`));
});

test("another person's filing, or an id that is not one, is not found", async ({ page, mail }) => {
  const owner = await createAccount({ label: "ar11-owner", methods: ["EMAIL"] });
  const other = await createAccount({ label: "ar11-other", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, owner);
  const filingId = await startForm(page, "AR-11");
  await page.context().clearCookies();
  await signInWithEmailCode(page, mail, other);
  for (const path of [`/file/${filingId}`, `/file/${filingId}/name`, `/file/${filingId}/check`, "/file/not-a-uuid/name"]) {
    const response = await expectBrowserError(page, failedToLoad(404), () => page.goto(path));
    expect(response?.status(), path).toBe(404);
  }
});
