import { createAccount, signInWithEmailCode, type Account } from "./accounts";
import { runAgency } from "./agency";
import { createPaperCase, type PaperCase } from "./cases";
import { db, expect, expectAccessible, test } from "./fixtures";

const ALERT_SUBJECT = "There is an update in your account";

function linkedCase(account: Account, applicantName: string): Promise<PaperCase> {
  return createPaperCase({ formType: "I-765", applicantName, ownerId: account.id });
}

async function savedChoices(account: Account) {
  const [row] = await db<{ alertByEmail: boolean; alertBySms: boolean }>(`SELECT "alertByEmail", "alertBySms" FROM "User" WHERE id = $1`, [
    account.id,
  ]);
  return row;
}

test("without a mobile number: texts explained, a forged choice refused, email turned off, and then a change emails no one", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "alerts-email", methods: ["EMAIL"] });
  const paper = await linkedCase(account, "Rosa Lindqvist");
  await signInWithEmailCode(page, mail, account);

  await page.goto("/settings");
  await page.getByRole("link", { name: "Alerts", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/alerts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  const byEmail = page.getByRole("checkbox", { name: "Email me when a case changes" });
  const bySms = page.getByRole("checkbox", { name: "Text me when a case changes" });
  await expect(byEmail).toBeChecked();
  await expect(bySms).toBeDisabled();
  await expect(bySms).not.toBeChecked();
  await expect(page.locator("#bySms-hint")).toContainText("You need a verified mobile number for text alerts");
  await expect(
    page.locator("#bySms-hint").getByRole("link", { name: "Add a mobile number under two-step verification methods" }),
  ).toHaveAttribute("href", "/settings/verification-methods");
  await expect(page.getByTestId("alerts-all-off")).toHaveCount(0);
  await expectAccessible(page, "alert settings without a mobile number");

  // A forged request: the disabled box switched on anyway.
  await bySms.evaluate((box: HTMLInputElement) => {
    box.disabled = false;
    box.checked = true;
  });
  await page.getByRole("button", { name: "Save alert choices" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("To get text alerts, first add a mobile number under two-step verification methods.");
  await expect(page.getByTestId("alerts-saved")).toHaveCount(0);
  await expectAccessible(page, "alert settings with an error");
  expect(await savedChoices(account)).toEqual({ alertByEmail: true, alertBySms: false });

  await page.getByRole("checkbox", { name: "Email me when a case changes" }).uncheck();
  await page.getByRole("button", { name: "Save alert choices" }).click();
  await expect(page.getByTestId("alerts-saved")).toContainText("Your alert choices were saved.");
  await expect(page.getByTestId("alerts-all-off")).toContainText("You will only see changes to your cases");
  await expect(page.getByRole("checkbox", { name: "Email me when a case changes" })).not.toBeChecked();
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  await expectAccessible(page, "alert settings saved, all alerts off");
  expect(await savedChoices(account)).toEqual({ alertByEmail: false, alertBySms: false });

  // The choice holds on the next visit, and shows in the account history.
  await page.goto("/settings/alerts");
  await expect(page.getByRole("checkbox", { name: "Email me when a case changes" })).not.toBeChecked();
  await expect(page.getByTestId("alerts-all-off")).toBeVisible();
  await page.goto("/settings/history");
  await expect(page.getByTestId("history-table").getByRole("row", { name: /Changed how you get case alerts/ })).toHaveCount(1);

  await runAgency(["add-event", "--receipt", paper.receiptNumber, "--status", "Case Was Approved"]);
  const [changed] = await db<{ status: string }>(`SELECT status FROM "Case" WHERE id = $1`, [paper.id]);
  expect(changed.status).toBe("Case Was Approved");
  expect(
    await db(`SELECT 1 FROM "OutboundMessage" WHERE "caseId" = $1 OR ("to" = $2 AND template = 'case-update')`, [paper.id, account.email]),
  ).toHaveLength(0);
});

test("with a verified mobile number: texts turned on, then a status change arrives by text and by email", async ({ page, mail, sms }) => {
  const phone = "+12025550172";
  const account = await createAccount({ label: "alerts-sms", methods: ["EMAIL", "SMS"], phone });
  const paper = await linkedCase(account, "Oluwaseun Adebayo");
  await signInWithEmailCode(page, mail, account);

  await page.goto("/settings/alerts");
  const bySms = page.getByRole("checkbox", { name: "Text me when a case changes" });
  await expect(bySms).toBeEnabled();
  await expect(bySms).not.toBeChecked();
  await expect(page.locator("#bySms-hint")).toContainText("We text (***) ***-0172");
  await expectAccessible(page, "alert settings with a mobile number");

  await bySms.check();
  await page.getByRole("button", { name: "Save alert choices" }).click();
  await expect(page.getByTestId("alerts-saved")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Text me when a case changes" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Email me when a case changes" })).toBeChecked();
  await expectAccessible(page, "alert settings saved with texts on");
  expect(await savedChoices(account)).toEqual({ alertByEmail: true, alertBySms: true });

  const after = Date.now();
  await runAgency(["add-event", "--receipt", paper.receiptNumber, "--status", "Case Was Approved"]);
  const text = await sms.waitForMessage((m) => m.to === phone && m.body.includes("has an update"), 20_000);
  const email = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith(ALERT_SUBJECT) && m.receivedAt.getTime() >= after,
    20_000,
  );
  expect(text.body).toContain("/dashboard");
  expect(email.text).toContain("/dashboard");
  for (const detail of [paper.receiptNumber, "Case Was Approved", "I-765", "Oluwaseun", "Adebayo"]) {
    expect(text.body).not.toContain(detail);
    expect(email.text).not.toContain(detail);
  }
});

test("the alert settings save without JavaScript", async ({ page, mail, browser }) => {
  const account = await createAccount({ label: "alerts-nojs", methods: ["EMAIL", "SMS"], phone: "+12025550173" });
  await signInWithEmailCode(page, mail, account);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await context.newPage();
    await plain.goto("/settings/alerts");
    await plain.getByRole("checkbox", { name: "Email me when a case changes" }).uncheck();
    await plain.getByRole("checkbox", { name: "Text me when a case changes" }).check();
    await plain.getByRole("button", { name: "Save alert choices" }).click();
    await expect(plain.getByTestId("alerts-saved")).toBeVisible();
    await expect(plain.getByRole("checkbox", { name: "Text me when a case changes" })).toBeChecked();
    await expect(plain.getByRole("checkbox", { name: "Email me when a case changes" })).not.toBeChecked();
    expect(await savedChoices(account)).toEqual({ alertByEmail: false, alertBySms: true });
  } finally {
    await context.close();
  }
});
