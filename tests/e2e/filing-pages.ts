// Filling in online forms in the browser: each question is found by its id (the field name of the
// form definition), so a page is described as { questionId: answer } as it would be saved.
import { expect, expectAccessible, type Page } from "./fixtures";

export type PageAnswers = Record<string, string>;

/** Types or chooses each answer: text boxes, radios and checkboxes (by value), selects, dates (YYYY-MM-DD). */
export async function answerPage(page: Page, answers: PageAnswers): Promise<void> {
  for (const [id, value] of Object.entries(answers)) {
    const field = page.locator(`[name="${id}"]`).first();
    if ((await page.locator(`[name="${id}"]`).count()) === 0) {
      const [year, month, day] = value.split("-");
      await page.locator(`#${id}-day`).fill(day ?? "");
      await page.locator(`#${id}-month`).fill(month ?? "");
      await page.locator(`#${id}-year`).fill(year ?? "");
      continue;
    }
    const tag = await field.evaluate((el) => `${el.tagName.toLowerCase()}:${(el as HTMLInputElement).type}`);
    if (tag === "input:radio" || tag === "input:checkbox") await page.locator(`[name="${id}"][value="${value}"]`).check();
    else if (tag.startsWith("select")) await field.selectOption(value);
    else await field.fill(value);
  }
}

/** The page's heading (h1), whichever element carries it. */
export function heading(page: Page, name: string | RegExp) {
  return page.getByRole("heading", { level: 1, name });
}

/** Answers one page, checks it with axe, continues and waits to leave it. */
export async function answerAndContinue(page: Page, title: string | RegExp, answers: PageAnswers): Promise<void> {
  await expect(heading(page, title)).toBeVisible();
  await expectAccessible(page, `the question page "${String(title)}"`);
  const before = page.url();
  await answerPage(page, answers);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page).not.toHaveURL(before);
}

export const AR11_PAGES: { title: string; answers: PageAnswers }[] = [
  { title: "What is your name?", answers: { familyName: "Diaz", givenName: "Ana", middleName: "" } },
  { title: "Your date of birth and A-Number", answers: { dateOfBirth: "1990-03-04", aNumber: "A12345678" } },
  {
    title: "Your new address",
    answers: { newStreet: "12 Harbor Street", newUnit: "Apt 4", newCity: "Boston", newState: "MA", newZip: "02110", newIsMailing: "yes" },
  },
  { title: "When did you move to your new address?", answers: { dateMoved: "2026-11-01" } },
];

/** An I-765 for a first card while an asylum application is pending ((c)(8)): no fee. */
export const I765_ASYLUM_PAGES: { title: string; answers: PageAnswers }[] = [
  { title: "Why are you applying?", answers: { reason: "initial" } },
  { title: "What is your full legal name?", answers: { familyName: "Haile", givenName: "Selam", middleName: "" } },
  { title: "Have you used any other names?", answers: { otherNamesUsed: "no" } },
  {
    title: "Your U.S. mailing address",
    answers: { mailingStreet: "40 Elm Road", mailingCity: "Arlington", mailingState: "VA", mailingZip: "22201", mailingIsPhysical: "yes" },
  },
  { title: "Your A-Number and online account number", answers: {} },
  { title: "About you", answers: { sex: "female", maritalStatus: "single" } },
  { title: "Your date and place of birth", answers: { dateOfBirth: "1994-07-15", birthCity: "Asmara", birthCountry: "ER" } },
  { title: "Your citizenship or nationality", answers: { citizenship1: "ER" } },
  { title: "Has the Social Security Administration ever issued you a Social Security card?", answers: { ssnIssued: "no" } },
  { title: "Do you want a Social Security card?", answers: { wantsSsnCard: "no" } },
  {
    title: "Your last arrival in the United States",
    answers: {
      lastArrivalDate: "2025-02-10",
      lastArrivalPlace: "Washington Dulles",
      statusAtArrival: "B-2 visitor",
      currentStatus: "Asylum applicant",
    },
  },
  { title: "Your I-94 record and passport", answers: {} },
  { title: "Your eligibility category", answers: { category: "c8" } },
  { title: "Have you ever been arrested for or convicted of any crime?", answers: { everArrested: "no" } },
  { title: "Your contact details", answers: { daytimePhone: "(202) 555-0143" } },
  { title: "Your statement", answers: { applicantStatement: "english", usedPreparer: "no" } },
];
