import { createAccount, signInWithEmailCode } from "./accounts";
import { heading } from "./filing-pages";
import { expect, expectAccessible, test, type Page } from "./fixtures";

// The whole of an AR-11 with the keyboard alone: Tab to move, typing, Space for choices, Enter to go on.

type Target = ReturnType<Page["locator"]>;

/** Presses Tab until `target` has the focus (a visible focus order, no mouse). */
async function tabTo(page: Page, target: Target, most = 60): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, page.locator(selector));
  await page.keyboard.type(text);
}

async function pressOn(page: Page, target: Target, key = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test("an AR-11 can be filed with the keyboard alone", async ({ page, mail }) => {
  const account = await createAccount({ label: "ar11-keys", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);

  await pressOn(page, page.getByRole("link", { name: "File a form online" }));
  await expect(heading(page, "File a form online")).toBeVisible();
  await pressOn(page, page.getByRole("button", { name: /^Start AR-11/ }));
  await expect(heading(page, "Change of address")).toBeVisible();
  await pressOn(page, page.getByRole("link", { name: "About you" }));

  // After each move to another page, focus is on its heading: the first Tab reaches the first field.
  await expect(heading(page, "What is your name?")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("#familyName")).toBeFocused();
  await typeInto(page, "#familyName", "Okafor");
  await typeInto(page, "#givenName", "Chidi");
  await pressOn(page, page.getByRole("button", { name: "Continue", exact: true }));

  await expect(heading(page, "Your date of birth and A-Number")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("#dateOfBirth-day")).toBeFocused();
  await typeInto(page, "#dateOfBirth-day", "9");
  await typeInto(page, "#dateOfBirth-month", "12");
  await typeInto(page, "#dateOfBirth-year", "1985");
  await pressOn(page, page.getByRole("button", { name: "Continue", exact: true }));

  await expect(heading(page, "Your new address")).toBeVisible();
  await typeInto(page, "#newStreet", "5 Lake View Drive");
  await typeInto(page, "#newCity", "Madison");
  // A select from the keyboard: typing the name picks it.
  await tabTo(page, page.locator("#newState"));
  await page.keyboard.type("Wisconsin");
  await expect(page.locator("#newState")).toHaveValue("WI");
  await typeInto(page, "#newZip", "53703");
  // Radios: Tab reaches the group, Space chooses.
  await pressOn(page, page.locator('[name="newIsMailing"][value="yes"]'), "Space");
  await expect(page.locator('[name="newIsMailing"][value="yes"]')).toBeChecked();
  await expectAccessible(page, "a question page filled in from the keyboard");
  await pressOn(page, page.getByRole("button", { name: "Continue", exact: true }));

  await expect(heading(page, "When did you move to your new address?")).toBeVisible();
  await typeInto(page, "#dateMoved-day", "20");
  await typeInto(page, "#dateMoved-month", "11");
  await typeInto(page, "#dateMoved-year", "2026");
  await pressOn(page, page.getByRole("button", { name: "Continue", exact: true }));

  await expect(heading(page, "Check your answers")).toBeFocused();
  await pressOn(page, page.getByRole("link", { name: "Continue to sign" }));
  await expect(heading(page, "Sign your form")).toBeVisible();
  await typeInto(page, "#fullName", "Chidi Okafor");
  await pressOn(page, page.locator("#certify"), "Space");
  await expect(page.locator("#certify")).toBeChecked();
  await pressOn(page, page.getByRole("button", { name: "Sign and submit" }));

  await expect(heading(page, "Change of address submitted")).toBeVisible();
  await expect(page.getByTestId("confirmation-number")).not.toBeEmpty();
});
