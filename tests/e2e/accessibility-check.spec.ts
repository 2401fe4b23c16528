import { accessibilityViolations, expect, test } from "./fixtures";

// The check every journey relies on: it must find what it is for, in the page and in a frame of the
// page's own origin, and report each element.
test("the accessibility check reports violations in the page and in its frames", async ({ page }) => {
  // On the portal's origin, as every journey's pages are (a blank page's origin is opaque).
  await page.goto("/robots.txt");
  await page.setContent(`<!doctype html>
    <html lang="en">
      <head><title>A page with faults</title></head>
      <body>
        <main>
          <h1>Faults</h1>
          <input id="unlabelled" type="text">
          <p id="faint" style="color: #c8c8c8; background: #ffffff">Hard to read</p>
          <iframe title="A frame with a fault" srcdoc="<!doctype html><html lang=en><head><title>Frame</title></head><body><button id=empty></button></body></html>"></iframe>
        </main>
      </body>
    </html>`);
  await expect(page.frameLocator("iframe").locator("#empty")).toBeAttached();

  const violations = await accessibilityViolations(page, "a page with faults");

  expect(violations.map((line) => line.split(" ")[0]).sort()).toEqual(["button-name", "color-contrast", "label"]);
  expect(violations.find((line) => line.startsWith("label"))).toContain("#unlabelled");
  expect(violations.find((line) => line.startsWith("color-contrast"))).toContain("#faint");
  expect(violations.find((line) => line.startsWith("button-name"))).toContain("iframe #empty");
});

test("the accessibility check passes a page without faults", async ({ page }) => {
  await page.setContent(`<!doctype html>
    <html lang="en">
      <head><title>A page without faults</title></head>
      <body><main><h1>No faults</h1><label for="name">Name</label><input id="name" type="text"></main></body>
    </html>`);

  expect(await accessibilityViolations(page, "a page without faults")).toEqual([]);
});
