import { createAccount, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, test } from "./fixtures";

test("contact information: the re-check first, clear messages for bad input, then saved with a notice", async ({ page, mail }) => {
  const account = await createAccount({ label: "contact", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);

  // A second step older than 20 minutes sends the person to the re-check first.
  await db(`UPDATE "Session" SET "secondStepAt" = now() - interval '21 minutes' WHERE "userId" = $1`, [account.id]);
  await page.goto("/settings/contact");
  await expect(page).toHaveURL(/\/settings\/verify\?next=%2Fsettings%2Fcontact$/);
  await db(`UPDATE "Session" SET "secondStepAt" = now() WHERE "userId" = $1`, [account.id]);

  await page.goto("/settings/contact");
  await expectAccessible(page, "the contact information form");
  await page.getByLabel("Full name").fill("Ana Díaz");
  await page.getByLabel("Street address").fill("1600 Pennsylvania Ave NW");
  await page.getByLabel("City or town").fill("Washington");
  await page.getByLabel("State or territory").selectOption("DC");
  await page.getByLabel("ZIP code").fill("2050");
  await page.getByLabel("Daytime phone number").fill("555-0143");
  await page.getByRole("button", { name: "Save contact information" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter a 5-digit ZIP code");
  await expect(summary).toContainText("Enter a valid 10-digit U.S. phone number");
  await expect(page.getByLabel("Full name")).toHaveValue("Ana Díaz");
  await expectAccessible(page, "the contact information form with errors");
  const [unchanged] = await db<{ fullName: string | null }>(`SELECT "fullName" FROM "User" WHERE id = $1`, [account.id]);
  expect(unchanged.fullName).toBeNull();

  await page.getByLabel("ZIP code").fill("20500-0003");
  await page.getByLabel("Daytime phone number").fill("(202) 555-0143");
  const after = Date.now();
  await page.getByRole("button", { name: "Save contact information" }).click();
  await expect(page.getByTestId("contact-saved")).toBeVisible();
  await expect(page.getByLabel("Daytime phone number")).toHaveValue("(202) 555-0143");
  await expectAccessible(page, "the contact information saved");
  const [saved] = await db<{ postalCode: string; contactPhone: string }>(`SELECT "postalCode", "contactPhone" FROM "User" WHERE id = $1`, [
    account.id,
  ]);
  expect(saved).toEqual({ postalCode: "20500-0003", contactPhone: "+12025550143" });
  await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your contact information was updated") && m.receivedAt.getTime() >= after,
  );

  await page.goto("/settings/history");
  await expect(page.getByTestId("history-table").getByRole("row", { name: /Contact information updated/ })).toHaveCount(1);
});
