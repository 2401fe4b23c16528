// A household's dashboard: cases filtered by form and by "needs action" and grouped by person, with
// plain GET parameters that work without JavaScript; and the account number in the settings.
import { createAccount, signInWithEmailCode } from "./accounts";
import { caseWithOpenRequest, createPaperCase } from "./cases";
import { db, expect, expectAccessible, test } from "./fixtures";

test("a household filters its cases by form and by needs action, and sees them per person", async ({ page, mail }) => {
  const account = await createAccount({ label: "household" });
  const anaPetition = await createPaperCase({ formType: "I-130", applicantName: "Ana Lopez", ownerId: account.id, receivedDaysAgo: 30 });
  const anaPermit = await createPaperCase({ formType: "I-765", applicantName: "Ana Lopez", ownerId: account.id, receivedDaysAgo: 20 });
  const marco = await caseWithOpenRequest(account.id);
  await db(`UPDATE "Case" SET "formType" = 'I-130', "applicantName" = 'Marco Lopez' WHERE id = $1`, [marco.caseId]);
  await signInWithEmailCode(page, mail, account);

  const cards = page.getByTestId("case-card");
  await expect(cards).toHaveCount(3);
  await expectAccessible(page, "the dashboard with three cases");

  // By form: the two I-130s, each naming its person.
  await page.getByLabel("Form", { exact: true }).selectOption("I-130");
  await page.getByRole("button", { name: "Show cases" }).click();
  await expect(page).toHaveURL(/\/dashboard\?form=I-130/);
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: "Ana Lopez" })).toContainText(anaPetition.receiptNumber);
  await expect(cards.filter({ hasText: "Marco Lopez" })).toContainText(marco.receiptNumber);
  await expect(page.getByText(anaPermit.receiptNumber)).toHaveCount(0);
  await expect(page.getByLabel("Form", { exact: true })).toHaveValue("I-130");
  await expectAccessible(page, "the dashboard filtered by form");

  // Needs action as well: only Marco's case with its open request.
  await page.getByLabel("Only cases that need action").check();
  await page.getByRole("button", { name: "Show cases" }).click();
  await expect(page).toHaveURL(/action=needed/);
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText("Marco Lopez");

  // Back to everything, grouped by person: Ana's two cases under her name, Marco's under his.
  await page.getByRole("link", { name: "Show all cases" }).click();
  await expect(cards).toHaveCount(3);
  await expect(page.getByLabel("Form", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Only cases that need action")).not.toBeChecked();
  await page.getByLabel("Order").selectOption("person");
  await page.getByRole("button", { name: "Show cases" }).click();
  await expect(page).toHaveURL(/group=person/);
  await expect(page.getByRole("region", { name: "Cases of Ana Lopez" }).getByTestId("case-card")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Cases of Marco Lopez" }).getByTestId("case-card")).toHaveCount(1);
  await expectAccessible(page, "the dashboard grouped by person");

  // The account number the database holds, in groups of four, in the settings.
  const [{ accountNumber }] = await db<{ accountNumber: string }>(`SELECT "accountNumber" FROM "User" WHERE id = $1`, [account.id]);
  await page.goto("/settings");
  await expect(page.getByTestId("account-number")).toHaveText(accountNumber.replace(/(\d{4})(?=\d)/g, "$1 "));
  await expectAccessible(page, "the settings with the account number");
});

test("the filters work without JavaScript", async ({ browser, mail }) => {
  const account = await createAccount({ label: "household-no-js" });
  await createPaperCase({ formType: "I-130", applicantName: "Ana Lopez", ownerId: account.id });
  const permit = await createPaperCase({ formType: "I-765", applicantName: "Ana Lopez", ownerId: account.id });
  // Sign in with scripts on (the sign-in page's proof of work needs them), then carry the session over.
  const signedIn = await browser.newContext();
  await signInWithEmailCode(await signedIn.newPage(), mail, account);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  await signedIn.close();
  const page = await noScript.newPage();
  await page.goto("/dashboard");
  await expect(page.getByTestId("case-card")).toHaveCount(2);
  await page.getByLabel("Form", { exact: true }).selectOption("I-765");
  await page.getByRole("button", { name: "Show cases" }).click();
  await expect(page).toHaveURL(/form=I-765/);
  await expect(page.getByTestId("case-card")).toHaveCount(1);
  await expect(page.getByTestId("case-card")).toContainText(permit.receiptNumber);
  await noScript.close();
});

test("with more cases than fit on a page, the pages keep the chosen filter", async ({ page, mail }) => {
  const account = await createAccount({ label: "household-many" });
  const petitions: string[] = [];
  for (let n = 1; n <= 21; n++) {
    // More cases than an hour's allowance of links: the count starts again for the arrangement.
    await db(`DELETE FROM "RateLimit" WHERE key = $1`, [`case-link:account:${account.id}`]);
    const petition = await createPaperCase({ formType: "I-130", applicantName: "Ana Lopez", ownerId: account.id });
    // The first changed most recently.
    await db(`UPDATE "Case" SET "statusChangedAt" = now() - make_interval(mins => $2) WHERE id = $1`, [petition.id, n]);
    petitions.push(petition.receiptNumber);
  }
  await db(`DELETE FROM "RateLimit" WHERE key = $1`, [`case-link:account:${account.id}`]);
  const permit = await createPaperCase({ formType: "I-765", applicantName: "Ana Lopez", ownerId: account.id });
  await signInWithEmailCode(page, mail, account);

  await page.goto("/dashboard?form=I-130");
  const cards = page.getByTestId("case-card");
  const heading = page.getByRole("heading", { level: 2, name: /cases/ });
  await expect(heading).toHaveText("21 cases (page 1 of 2)");
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toContainText(petitions[0]);
  const pages = page.getByRole("navigation", { name: "Case pages" });
  await expect(pages.getByRole("link")).toHaveText(["Next page"]);
  await expectAccessible(page, "the dashboard filtered by form, page 1 of 2");

  await pages.getByRole("link", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/dashboard?form=I-130&page=2");
  await expect(heading).toHaveText("21 cases (page 2 of 2)");
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText(petitions[20]);
  await expect(page.getByText(permit.receiptNumber)).toHaveCount(0);
  await expect(page.getByLabel("Form", { exact: true })).toHaveValue("I-130");
  await expectAccessible(page, "the dashboard filtered by form, page 2 of 2");

  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL("/dashboard?form=I-130&page=1");
  await expect(cards).toHaveCount(20);
});
