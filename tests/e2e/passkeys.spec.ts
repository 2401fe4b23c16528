import { createAccount, enterPassword, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, signOut, test } from "./fixtures";
import { addVirtualAuthenticator } from "./virtual-authenticator";

test("a passkey added in settings, used to sign in and for the re-check, then removed", async ({ page, mail }) => {
  const account = await createAccount({ label: "passkey" });
  const device = await addVirtualAuthenticator(page);
  await signInWithEmailCode(page, mail, account);

  await page.getByRole("link", { name: "Account settings" }).click();
  await page.getByRole("link", { name: "Passkeys" }).click();
  await expect(page).toHaveURL(/\/settings\/passkeys$/);
  await expect(page.getByTestId("no-passkeys")).toBeVisible();
  await expectAccessible(page, "passkeys, none yet");

  const name = page.getByLabel("Passkey name");
  await expect(name).toHaveValue(/^Passkey on .*Chrom/);
  await name.fill("   ");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter a name for this passkey.");
  await expectAccessible(page, "passkeys, a missing name");
  expect(await db(`SELECT id FROM "Passkey" WHERE "userId" = $1`, [account.id])).toEqual([]);

  const before = Date.now();
  await page.getByLabel("Passkey name").fill("Work laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByTestId("passkey-added")).toContainText("Work laptop");
  // The table is named for screen readers like the other tables: by its caption.
  await expect(page.getByRole("table", { name: "Your passkeys" }).getByRole("row", { name: /Work laptop/ })).toContainText("Not yet");
  await expectAccessible(page, "passkeys, one passkey");
  const added = await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("A passkey was added") && m.receivedAt.getTime() >= before,
  );
  expect(added.text).toContain("not-me?token=");

  // Signing in again: password, then the passkey instead of a code.
  await signOut(page);
  await enterPassword(page, account);
  // The code stays the default way; the passkey is one of the other ways.
  await page.getByTestId("other-ways").getByRole("link", { name: "Use a passkey" }).click();
  await expect(page.getByRole("button", { name: "Use a passkey" })).toBeVisible();
  await expectAccessible(page, "second step offering a passkey");
  // The device cannot confirm the person (no fingerprint or PIN): a clear message, still half signed in.
  await device.setUserVerified(false);
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByTestId("passkey-result")).toContainText(
    "The passkey request was cancelled or timed out. Try again, or use a code instead.",
  );
  await expectAccessible(page, "second step, a passkey that failed");
  await expect(page).toHaveURL(/\/sign-in\/verify\?way=passkey$/);
  await device.setUserVerified(true);
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  const [passkey] = await db<{ lastUsedAt: Date | null; counter: string }>(
    `SELECT "lastUsedAt", counter::text FROM "Passkey" WHERE "userId" = $1`,
    [account.id],
  );
  expect(passkey.lastUsedAt).not.toBeNull();
  const signIns = await db(
    `SELECT id FROM "SecurityEvent" WHERE "userId" = $1 AND kind = 'sign_in.succeeded' AND detail->>'method' = 'passkey'`,
    [account.id],
  );
  expect(signIns).toHaveLength(1);

  // Twenty minutes later, the passkeys page asks for a re-check; the passkey passes it.
  await db(`UPDATE "Session" SET "secondStepAt" = now() - interval '21 minutes' WHERE "userId" = $1 AND "revokedAt" IS NULL`, [account.id]);
  await page.goto("/settings/passkeys");
  await expect(page).toHaveURL(/\/settings\/verify\?next=%2Fsettings%2Fpasskeys$/);
  await page.getByTestId("other-ways").getByRole("link", { name: "Use a passkey" }).click();
  await expect(page.getByRole("button", { name: "Use a passkey" })).toBeVisible();
  await expectAccessible(page, "re-check offering a passkey");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/settings\/passkeys$/);
  const rechecks = await db(
    `SELECT id FROM "SecurityEvent" WHERE "userId" = $1 AND kind = 'reauth.succeeded' AND detail->>'method' = 'passkey'`,
    [account.id],
  );
  expect(rechecks).toHaveLength(1);

  // Removing it asks first.
  await page.getByRole("link", { name: "Remove Work laptop" }).click();
  await expect(page.getByRole("heading", { name: /Remove the passkey .Work laptop.\?/ })).toBeVisible();
  await expectAccessible(page, "passkeys, confirming a removal");
  const beforeRemoval = Date.now();
  await page.getByRole("button", { name: "Yes, remove this passkey" }).click();
  await expect(page.getByTestId("passkey-removed")).toBeVisible();
  await expect(page.getByTestId("no-passkeys")).toBeVisible();
  await expectAccessible(page, "passkeys, after a removal");
  await mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("A passkey was removed") && m.receivedAt.getTime() >= beforeRemoval,
  );
  expect(await db(`SELECT id FROM "Passkey" WHERE "userId" = $1`, [account.id])).toEqual([]);
});

test("a passkey the device could not confirm is not added; a stale re-check and a browser without passkeys are each explained", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "passkey-refused" });
  await addVirtualAuthenticator(page, { isUserVerified: false });
  await signInWithEmailCode(page, mail, account);
  await page.goto("/settings/passkeys");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "No passkey was added: the request was cancelled or timed out. Nothing was changed.",
  );
  await expectAccessible(page, "passkeys, a ceremony that failed");
  await expect(page.getByTestId("no-passkeys")).toBeVisible();
  expect(await db(`SELECT id FROM "Passkey" WHERE "userId" = $1`, [account.id])).toEqual([]);

  // Twenty minutes on the page without a re-check: the change is refused, with the way forward.
  await db(`UPDATE "Session" SET "secondStepAt" = now() - interval '21 minutes' WHERE "userId" = $1 AND "revokedAt" IS NULL`, [account.id]);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("confirm it's you");
  await expectAccessible(page, "passkeys, a change refused for want of a re-check");
  await page.getByRole("link", { name: "Confirm it's you, then come back here" }).click();
  await expect(page).toHaveURL(/\/settings\/verify\?next=%2Fsettings%2Fpasskeys$/);
  await db(`UPDATE "Session" SET "secondStepAt" = now() WHERE "userId" = $1 AND "revokedAt" IS NULL`, [account.id]);

  await page.addInitScript(() => {
    // A browser without WebAuthn.
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
  });
  await page.goto("/settings/passkeys");
  await expect(page.getByTestId("no-webauthn")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a passkey" })).toHaveCount(0);
  await expectAccessible(page, "passkeys in a browser without WebAuthn");
});
