// An officer account made the real way: the agency command's invitation, then the sign-up pages.
import type { Page } from "./fixtures";
import { codeIn, type SmtpSink } from "../support/smtp-sink";
import { runAgency } from "./agency";
import { expect, expectAccessible, GOOD_PASSWORD } from "./fixtures";
import { saveBackupCode, setPassword } from "./journey";

/** `npm run agency -- create-officer`: the invitation link it printed. */
export async function inviteOfficer(email: string): Promise<string> {
  const out = await runAgency(["create-officer", "--email", email]);
  const link = out.match(/^Invitation link: (\S+)$/m)?.[1];
  if (!link) throw new Error(`Unexpected create-officer output: ${out}`);
  return link;
}

/** Through the invitation link: terms, password, email codes, backup code, reset questions; ends on the console. Returns the backup code. */
export async function acceptInvitation(
  page: Page,
  mail: SmtpSink,
  email: string,
  link: string,
  { checkA11y = false } = {},
): Promise<string> {
  await page.goto(link);
  if (checkA11y) await expectAccessible(page, "invitation link");
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  await page.getByLabel("I have read and agree to the Terms of Use").check();
  await page.getByRole("button", { name: "I Agree" }).click();
  await setPassword(page, GOOD_PASSWORD);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const code = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").fill(codeIn(code.text));
  await page.getByRole("button", { name: "Verify" }).click();
  const backupCode = await saveBackupCode(page);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Question ${i}`, { exact: true }).selectOption({ index: i });
    await page.getByLabel(`Answer ${i}`).fill(`Officer answer ${i}`);
  }
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  await expect(page).toHaveURL(/\/agency$/);
  return backupCode;
}
