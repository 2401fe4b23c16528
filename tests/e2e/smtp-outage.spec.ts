import { db, expect, test, uniqueEmail } from "./fixtures";
import { confirmationLink, submitEmail } from "./journey";

test("with the SMTP server down, sign-up's first step completes and the email arrives once it is back", async ({ page, mail }) => {
  const email = uniqueEmail("outage");
  await mail.stop();
  try {
    await submitEmail(page, email);
    await expect(page).toHaveURL(/\/sign-up\/check-email$/);
    // The message waits in the outbox, with a failed attempt recorded.
    await expect
      .poll(
        async () =>
          (
            await db<{ status: string; attempts: number }>(`SELECT status::text, attempts FROM "OutboundMessage" WHERE "to" = $1`, [email])
          )[0],
        { timeout: 15_000 },
      )
      .toMatchObject({ status: "PENDING", attempts: expect.any(Number) });
    await expect
      .poll(async () => (await db<{ attempts: number }>(`SELECT attempts FROM "OutboundMessage" WHERE "to" = $1`, [email]))[0].attempts, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
  } finally {
    await mail.start();
  }
  const link = await confirmationLink(mail, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email and continue" }).click();
  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  const [row] = await db<{ status: string; body: string | null }>(`SELECT status::text, body FROM "OutboundMessage" WHERE "to" = $1`, [
    email,
  ]);
  expect(row).toEqual({ status: "SENT", body: null });
  expect(mail.messages(email)).toHaveLength(1);
});
