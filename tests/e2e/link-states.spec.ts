import { expect, test } from "./fixtures";

// The pages a link leads to show one of a few known problems, named by ?state= when the form sends
// the person back. A name Object has of its own ("toString", "__proto__") is no known problem: it
// gets the page for an unknown link, not an empty page.

const PAGES = [
  { path: "/reset-password", heading: "This reset link is not valid" },
  { path: "/not-me", heading: "This link is not valid" },
  { path: "/sign-up/confirm", heading: "This link is not valid" },
];

test("?state= names of Object's own properties get the 'link not valid' page", async ({ page }) => {
  for (const { path, heading } of PAGES) {
    for (const state of ["toString", "__proto__", "constructor", "hasOwnProperty", "valueOf"]) {
      await page.goto(`${path}?state=${state}`);
      await expect(page.getByRole("heading", { level: 1 }), `${path}?state=${state}`).toHaveText(heading);
    }
    // A known state still shows its own page.
    await page.goto(`${path}?state=expired`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/has expired$/);
  }
});
