import { expect, test } from "./fixtures";

test("a signed-out visitor gets the favicon and robots.txt, which keeps crawlers to the landing page", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  for (const path of ["/dashboard", "/cases", "/messages", "/settings", "/agency", "/sign-in", "/sign-up", "/api/"])
    expect(rules).toContain(`Disallow: ${path}`);
  expect(rules).not.toMatch(/^Disallow: \/$/m);

  // The landing page in a browser, signed out: nothing on it fails (the fixture checks the console).
  const landing = await page.goto("/");
  expect(landing?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
