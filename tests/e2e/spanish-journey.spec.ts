// A Spanish speaker from the first visit (the browser sends Accept-Language: es-US) through sign-up,
// the emails at the SMTP server, signing in and the dashboard; then the header's language switch to
// English and back. Pages other parts of the portal word (sign-in, the dashboard, shared components)
// are checked by their language, header and accessibility, and driven by field names.
import { codeIn, linkIn } from "../support/smtp-sink";
import { db, expect, expectAccessible, GOOD_PASSWORD, test, uniqueEmail, type Page } from "./fixtures";

test.use({ locale: "es-US", timezoneId: "America/Chicago" });

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const submitOf = (page: Page, field: string) => page.locator(`form:has([name="${field}"]) button[type="submit"]`);

async function expectSpanishPage(page: Page, title: string, state: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(heading(page)).toHaveText(title);
  await expectAccessible(page, state);
}

async function expectSpanishHeader(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByTestId("independent-note")).toContainText("no es un sitio web oficial del gobierno");
  await expect(page.getByRole("button", { name: "Cerrar sesión", exact: true })).toBeVisible();
}

test("signs up, signs in and reaches the dashboard in Spanish, with the emails in Spanish, and switches language in the header", async ({
  page,
  mail,
  serverErrors,
}) => {
  const email = uniqueEmail("spanish-journey");

  // The first visit follows Accept-Language.
  await page.goto("/");
  await expectSpanishPage(page, "Siga sus casos de inmigración en línea", "landing page in Spanish");
  await page.getByRole("main").getByRole("link", { name: "Crear una cuenta" }).click();

  await expect(page).toHaveURL(/\/sign-up$/);
  await expectSpanishPage(page, "Crear una cuenta", "sign-up email in Spanish");
  await page.getByRole("button", { name: "Registrarse" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Escriba su dirección de correo electrónico.");
  await expect(page.getByTestId("error-summary")).toContainText("Elija para quién es esta cuenta");
  await expectAccessible(page, "sign-up email with errors in Spanish");
  await page.getByLabel("Correo electrónico", { exact: true }).fill(email);
  await page.getByLabel("Confirme el correo electrónico").fill(email);
  await page.getByLabel("Para mí").check();
  await expect(page.getByTestId("browser-time-zone")).toHaveValue("America/Chicago");
  await page.getByRole("button", { name: "Registrarse" }).click();

  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await expectSpanishPage(page, "Revise su correo electrónico", "check email in Spanish");
  const confirmation = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Confirme su dirección de correo electrónico"),
    15_000,
  );
  expect(confirmation.text).toContain("Gracias por crear una cuenta.");
  expect(confirmation.text).toContain("un portal independiente, no un sitio web del gobierno");
  expect(confirmation.html).toContain('<html lang="es">');
  const [account] = await db<{ locale: string; timeZone: string | null }>(`SELECT locale, "timeZone" FROM "User" WHERE email = $1`, [
    email,
  ]);
  expect(account).toEqual({ locale: "es", timeZone: "America/Chicago" });

  await page.goto(linkIn(confirmation.text, "/sign-up/confirm"));
  await expectSpanishPage(page, "Confirme su dirección de correo electrónico", "confirm link in Spanish");
  await page.getByRole("button", { name: "Confirmar mi correo y continuar" }).click();

  await expect(page).toHaveURL(/\/sign-up\/terms$/);
  await expectSpanishPage(page, "Condiciones de uso", "terms in Spanish");
  await expect(page.getByRole("heading", { name: "Acerca de este portal" })).toBeVisible();
  await page.getByRole("button", { name: "Acepto" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Seleccione “Acepto las Condiciones de uso” para continuar.");
  await expectAccessible(page, "terms with errors in Spanish");
  await page.getByLabel("He leído y acepto las Condiciones de uso").check();
  await page.getByRole("button", { name: "Acepto" }).click();

  await expect(page).toHaveURL(/\/sign-up\/password$/);
  await expectSpanishPage(page, "Cree una contraseña", "password in Spanish");
  await page.locator('input[name="password"]').fill(GOOD_PASSWORD);
  await page.locator('input[name="confirmPassword"]').fill("Otra-cosa-distinta-1!");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Las contraseñas no coinciden.");
  await expectAccessible(page, "password with errors in Spanish");
  await page.locator('input[name="password"]').fill(GOOD_PASSWORD);
  await page.locator('input[name="confirmPassword"]').fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Continuar" }).click();

  await expect(page).toHaveURL(/\/sign-up\/verification-method$/);
  await expectSpanishPage(page, "Verificación en dos pasos", "verification method in Spanish");
  const codeSent = Date.now();
  await page.getByLabel("Correo electrónico", { exact: true }).check();
  await page.getByRole("button", { name: "Continuar" }).click();

  await expect(page).toHaveURL(/\/sign-up\/verification-code$/);
  await expectSpanishPage(page, "Escriba su código de verificación", "verification code in Spanish");
  await expect(page.getByTestId("code-sent-to")).toContainText("por correo electrónico");
  const codeEmail = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Su código de verificación") && m.receivedAt.getTime() >= codeSent,
  );
  expect(codeEmail.text).toContain("Su código de verificación de un solo uso es");
  expect(codeEmail.html).toContain('<html lang="es">');
  await page.getByLabel("Código de verificación").fill(codeIn(codeEmail.text) === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Verificar" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Ese código no es correcto.");
  await expectAccessible(page, "verification code with errors in Spanish");
  await page.getByLabel("Código de verificación").fill(codeIn(codeEmail.text));
  await page.getByRole("button", { name: "Verificar" }).click();

  await expect(page).toHaveURL(/\/sign-up\/backup-code$/);
  await expectSpanishPage(page, "Guarde su código de respaldo", "backup code in Spanish");
  await page.locator('input[name="saved"]').check();
  await submitOf(page, "saved").click();

  await expect(page).toHaveURL(/\/sign-up\/security-questions$/);
  await expectSpanishPage(page, "Preguntas para restablecer la contraseña", "security questions in Spanish");
  for (let i = 1; i <= 5; i++) {
    await page.locator(`select[name="question${i}"]`).selectOption({ index: 1 });
    await page.locator(`input[name="answer${i}"]`).fill(`Respuesta número ${i}`);
  }
  await page.getByRole("button", { name: "Terminar de crear mi cuenta" }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expectSpanishHeader(page);
  await expectAccessible(page, "dashboard after sign-up in Spanish");

  // Signing out and in again: the account's language (no cookie was ever set) keeps the pages in Spanish.
  await page.getByRole("button", { name: "Cerrar sesión", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out-by-you$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page, "sign-in in Spanish");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(GOOD_PASSWORD);
  await submitOf(page, "password").click();

  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectAccessible(page, "second step in Spanish");
  const signInCodeSent = Date.now();
  await submitOf(page, "channel").click();
  const signInCode = await mail.waitForMessage(
    (m) => m.to.includes(email) && m.subject.startsWith("Su código de verificación") && m.receivedAt.getTime() >= signInCodeSent,
  );
  await page.locator('input[name="code"]').fill(codeIn(signInCode.text));
  await submitOf(page, "code").click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expectSpanishHeader(page);
  await expectAccessible(page, "dashboard in Spanish");

  // The header's switch: to English, and back.
  await page.getByTestId("language-switch").getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByTestId("independent-note")).toContainText("This is not an official government website.");
  await expectAccessible(page, "dashboard in English");
  expect(await db<{ locale: string }>(`SELECT locale FROM "User" WHERE email = $1`, [email])).toEqual([{ locale: "en" }]);

  await page.getByTestId("language-switch").getByRole("button", { name: "Español" }).click();
  await expectSpanishHeader(page);
  await expectAccessible(page, "dashboard in Spanish again");
  expect(await db<{ locale: string }>(`SELECT locale FROM "User" WHERE email = $1`, [email])).toEqual([{ locale: "es" }]);
  expect(serverErrors).toEqual([]);
});
