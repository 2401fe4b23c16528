import type { Route } from "@playwright/test";
import { codeIn } from "../support/smtp-sink";
import { expect, test, uniqueEmail } from "./fixtures";
import { answerQuestions, saveBackupCode, setPassword, signUpToPassword } from "./journey";

// The idle-timeout warning asks /api/session how long the session has left, on every page. Its
// answer can be out of date by the time it arrives: the sign-up's last step replaces the session,
// and another tab can sign in again. Neither may send the person to "you were signed out".

const SIGNED_OUT = { status: 200, contentType: "application/json", body: JSON.stringify({ signedIn: false }) };

test("an out-of-date 'signed out' answer to the idle warning neither signs the person out nor follows them to the next page", async ({
  page,
  mail,
}) => {
  const email = uniqueEmail("idle-stale");
  const visited: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });

  // 1. On the terms page, the first answer says "signed out" although the session is alive (as an
  //    answer to a cookie replaced meanwhile would): the warning asks again and the person carries on.
  let mode: "refuse-first" | "hold-first" | "pass" = "refuse-first";
  const held: Route[] = [];
  await page.route("**/api/session", async (route) => {
    if (mode === "refuse-first") {
      mode = "pass";
      return route.fulfill(SIGNED_OUT);
    }
    if (mode === "hold-first") {
      mode = "pass";
      held.push(route);
      return;
    }
    return route.continue();
  });
  const asked = (n: number) => {
    let seen = 0;
    return page.waitForResponse((response) => new URL(response.url()).pathname === "/api/session" && ++seen === n);
  };
  const secondAnswer = asked(2);
  await signUpToPassword(page, mail, email);
  expect(await (await secondAnswer).json()).toMatchObject({ signedIn: true });

  // 2. The last step replaces the session while the security questions page's question is still out;
  //    its "signed out" answer (the old cookie's) arrives on the dashboard and changes nothing there.
  await setPassword(page);
  await page.getByLabel("Email", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const code = await mail.waitForMessage((m) => m.to.includes(email) && m.subject.startsWith("Your verification code"));
  await page.getByLabel("Verification code").fill(codeIn(code.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Save your backup code" })).toBeVisible();
  mode = "hold-first";
  await saveBackupCode(page);
  await expect.poll(() => held.length).toBe(1);
  await answerQuestions(page);
  await held[0].fulfill(SIGNED_OUT);
  await page.getByTestId("messages-link").click();
  await expect(page).toHaveURL(/\/messages$/);
  await expect(page.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
  expect(visited.filter((url) => url.includes("/sign-in"))).toEqual([]);
});
