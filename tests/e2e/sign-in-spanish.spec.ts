import { codeIn } from "../support/smtp-sink";
import { createAccount } from "./accounts";
import { db, expect, expectAccessible, GOOD_PASSWORD, test } from "./fixtures";

// A person whose account is in Spanish, on a browser that asks for Spanish (Accept-Language: es-US):
// the sign-in page, its refusals, the second step and the emailed code are all in Spanish.
test.use({ locale: "es-US" });

test("a Spanish-speaking person signs in in Spanish: the page, its errors, the second step and the code email", async ({ page, mail }) => {
  const account = await createAccount({ label: "sign-in-es", methods: ["EMAIL"] });
  await db(`UPDATE "User" SET locale = 'es' WHERE id = $1::uuid`, [account.id]);

  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(/^Iniciar sesión \|/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión");
  await expect(page.getByRole("link", { name: "¿Olvidó su contraseña?" })).toBeVisible();
  await expectAccessible(page, "sign in (es)");

  // No password: the field's error, linked from the error summary.
  await page.getByLabel("Correo electrónico", { exact: true }).fill(account.email);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("heading")).toHaveText("Hay un problema");
  await expect(summary.getByRole("link", { name: "Introduzca su contraseña." })).toHaveAttribute("href", "#password");
  await expect(page.locator("#password-error")).toHaveText("Error: Introduzca su contraseña.");
  await expectAccessible(page, "sign in with a missing password (es)");

  // A wrong password.
  await page.getByLabel("Contraseña", { exact: true }).fill("Wrong-password-9!");
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(summary).toHaveText(/^El correo electrónico o la contraseña no son correctos\./);
  await expectAccessible(page, "sign in with a wrong password (es)");

  await page.getByLabel("Contraseña", { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verificación en dos pasos");
  await expect(page.getByRole("heading", { name: "Reciba un código por correo electrónico" })).toBeVisible();
  await expect(page.getByTestId("code-goes-to")).toContainText("Enviaremos un código de 6 dígitos por correo electrónico a");
  await expect(page.getByRole("link", { name: "Usar su código de respaldo" })).toBeVisible();
  await expectAccessible(page, "second step (es)");

  const before = Date.now();
  await page.getByRole("button", { name: "Enviar código" }).click();
  await expect(page.getByTestId("code-sent-to")).toContainText("Vence en 10 minutos.");
  const message = await mail.waitForMessage((m) => m.to.includes(account.email) && m.receivedAt.getTime() > before);
  // The code email is written in the account's language.
  expect(`${message.subject}\n${message.text}`).toMatch(/código de verificación/i);
  expect(message.subject).not.toMatch(/verification code/i);

  // A wrong code, then the right one.
  const code = codeIn(message.text);
  await page.getByLabel("Código de verificación").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Verificar" }).click();
  await expect(summary).toContainText("Ese código no es correcto, ya venció o ya se usó.");
  await expectAccessible(page, "second step with a wrong code (es)");
  await page.getByLabel("Código de verificación").fill(code);
  await page.getByRole("button", { name: "Verificar" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("the forgot-password pages are in Spanish for a Spanish-speaking visitor", async ({ page }) => {
  await page.goto("/forgot-password");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restablezca su contraseña");
  await expect(page.getByRole("link", { name: "Iniciar sesión" }).last()).toHaveAttribute("href", "/sign-in");
  await expectAccessible(page, "forgot password (es)");

  await page.getByLabel("Correo electrónico", { exact: true }).fill("nadie@example.com");
  await page.getByRole("button", { name: "Enviarme un enlace para restablecerla" }).click();
  await expect(page).toHaveURL(/\/forgot-password\/check-email$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revise su correo electrónico");
  await expect(page.getByTestId("reset-requested")).toContainText("Si existe una cuenta con ese correo electrónico");
  await expectAccessible(page, "reset requested (es)");

  await page.goto("/reset-password?token=not-a-token");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Este enlace para restablecer la contraseña no es válido");
  await expectAccessible(page, "unusable reset link (es)");
});
