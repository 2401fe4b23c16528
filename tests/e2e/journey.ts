// The sign-up steps as a person does them, for the journey specs to compose.
import type { Page } from "./fixtures";
import { linkIn, type SmtpSink } from "../support/smtp-sink";
import { expect, expectAccessible, GOOD_PASSWORD } from "./fixtures";

export type AccountKind = "For myself" | "As a legal representative";

export async function submitEmail(page: Page, email: string, confirm = email, kind: AccountKind = "For myself"): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Confirm email address").fill(confirm);
  await page.getByLabel(kind).check();
  await page.getByRole("button", { name: "Sign Up" }).click();
}

export async function confirmationLink(mail: SmtpSink, email: string, after = 0): Promise<string> {
  const message = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Confirm your email") && m.receivedAt.getTime() > after,
    15_000,
  );
  return linkIn(message.text, "/sign-up/confirm");
}

/** From nothing to the password step: email, the link from the inbox, the terms. */
export async function signUpToPassword(
  page: Page,
  mail: SmtpSink,
  email: string,
  { checkA11y = false, kind = "For myself" }: { checkA11y?: boolean; kind?: AccountKind } = {},
): Promise<void> {
  await submitEmail(page, email, email, kind);
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  if (checkA11y) await expectAccessible(page, "check email");
  const link = await confirmationLink(mail, email);
  await page.goto(link);
  // The choice made on the first page, offered again to whoever opened the email.
  await expect(page.getByLabel(kind)).toBeChecked();
  if (checkA11y) await expectAccessible(page, "confirm link");
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  if (checkA11y) await expectAccessible(page, "terms");
  await page.getByLabel("I have read and agree to the Terms of Use").check();
  await page.getByRole("button", { name: "I Agree" }).click();
  await expect(page).toHaveURL(/\/sign-up\/password$/);
}

export async function setPassword(page: Page, password = GOOD_PASSWORD): Promise<void> {
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);
}

export async function saveBackupCode(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/sign-up\/backup-code$/);
  const code = (await page.getByTestId("backup-code").innerText()).trim();
  await page.getByLabel("I have saved my backup code somewhere safe").check();
  await page.getByRole("button", { name: "Proceed" }).click();
  await expect(page).toHaveURL(/\/sign-up\/security-questions$/);
  return code;
}

/** The last sign-up step; an applicant lands on the dashboard, a representative on their profile. */
export async function answerQuestions(page: Page, { representative = false } = {}): Promise<void> {
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Question ${i}`, { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(`Answer ${i}`).fill(`Answer number ${i}`);
  }
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  if (representative) {
    await expect(page).toHaveURL(/\/representative\/profile/);
    await expect(page.getByRole("heading", { name: "Your representative profile" })).toBeVisible();
    return;
  }
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { name: "My cases" })).toBeVisible();
}
