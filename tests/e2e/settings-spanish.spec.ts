import { createAccount, signInWithEmailCode } from "./accounts";
import { db, expect, expectAccessible, test } from "./fixtures";
import { caseInAccount } from "./messages";

// A signed-in person chooses Spanish in settings: the settings pages, secure messages and the account
// history are in Spanish; they choose America/Chicago and the history's times are on Central time,
// with the zone named; a time zone the portal does not know is refused in words and changes nothing.
test("settings in Spanish: the language choice, the time zone, the account history and secure messages", async ({ page, mail }) => {
  const account = await createAccount({ label: "settings-spanish" });
  const paper = await caseInAccount(account);
  await signInWithEmailCode(page, mail, account);

  await page.goto("/settings");
  await expect(page.getByTestId("current-time-zone")).toHaveText("America/New_York (the default)");
  await page.getByRole("link", { name: "Language", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Language" })).toBeVisible();
  await expectAccessible(page, "the language choice, in English");
  await page.getByLabel("Español").check();
  await page.getByRole("button", { name: "Save language" }).click();

  await expect(page).toHaveURL(/\/settings\?changed=language$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Configuración de la cuenta" })).toBeVisible();
  await expect(page.getByTestId("settings-changed")).toHaveText("Se guardó su idioma.");
  await expect(page.getByTestId("current-time-zone")).toHaveText("America/New_York (la predeterminada)");
  await expect(page.getByRole("heading", { level: 2, name: "Idioma y zona horaria" })).toBeVisible();
  expect(await db<{ locale: string }>(`SELECT locale FROM "User" WHERE id = $1`, [account.id])).toEqual([{ locale: "es" }]);
  await expectAccessible(page, "settings, in Spanish");

  await page.getByRole("link", { name: "Idioma", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Idioma" })).toBeVisible();
  await expect(page.getByLabel("Español")).toBeChecked();
  await expectAccessible(page, "the language choice, in Spanish");

  // A time zone no form of ours offers (a forged option): refused in words, nothing saved.
  await page.goto("/settings/time-zone");
  await expect(page.getByRole("heading", { level: 1, name: "Zona horaria" })).toBeVisible();
  const zone = page.getByLabel("Su zona horaria");
  await expect(zone).toHaveValue("America/New_York");
  const firstOptions = await zone
    .locator("option")
    .evaluateAll((options) => options.slice(1, 9).map((o) => (o as HTMLOptionElement).value));
  expect(firstOptions).toEqual([
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
  ]);
  await expectAccessible(page, "the time zone page, in Spanish");
  await zone.evaluate((select) => {
    const forged = document.createElement("option");
    forged.value = "Mars/Olympus_Mons";
    forged.textContent = "Mars";
    (select as HTMLSelectElement).append(forged);
    (select as HTMLSelectElement).value = "Mars/Olympus_Mons";
  });
  await page.getByRole("button", { name: "Guardar la zona horaria" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    "Elija una zona horaria de la lista. Esa no es una zona horaria que conozcamos, así que no se cambió nada.",
  );
  await expect(page.getByLabel("Su zona horaria")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "the time zone page with an error, in Spanish");
  expect(await db<{ timeZone: string | null }>(`SELECT "timeZone" FROM "User" WHERE id = $1`, [account.id])).toEqual([{ timeZone: null }]);

  await page.getByLabel("Su zona horaria").selectOption("America/Chicago");
  await page.getByRole("button", { name: "Guardar la zona horaria" }).click();
  await expect(page).toHaveURL(/\/settings\?changed=time-zone$/);
  await expect(page.getByTestId("settings-changed")).toContainText("Las fechas y horas ahora se muestran en America/Chicago.");
  await expect(page.getByTestId("current-time-zone")).toHaveText("America/Chicago");
  expect(await db<{ timeZone: string }>(`SELECT "timeZone" FROM "User" WHERE id = $1`, [account.id])).toEqual([
    { timeZone: "America/Chicago" },
  ]);

  // The account history: in Spanish, on Central time with the zone named, no "UTC".
  await page.getByRole("link", { name: "Historial de la cuenta" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Historial de la cuenta" })).toBeVisible();
  await expect(page.getByTestId("history-intro")).toContainText("Las horas se muestran en su zona horaria, America/Chicago.");
  const table = page.getByTestId("history-table");
  const newest = table.locator("tbody tr").first();
  await expect(newest).toContainText("Se cambió la zona horaria");
  // The device and place in Spanish too; browser and system names stay as they are.
  await expect(newest).toContainText(/Chrom.* en /);
  await expect(newest).toContainText("Red local (");
  await expect(newest.locator("time")).toHaveText(/ de \d{4} a las \d{1,2}:\d{2}\s?[ap]\.\s?m\.\sC[SD]T$/);
  await expect(table).toContainText("Inició sesión");
  await expect(table).not.toContainText("UTC");
  await expectAccessible(page, "the account history, in Spanish");

  // Secure messages in Spanish: the empty list, the form's errors, the thread and the list again.
  await page.goto("/messages");
  await expect(page.getByRole("heading", { level: 1, name: "Mensajes" })).toBeVisible();
  await expect(page.getByTestId("no-threads")).toHaveText("Todavía no ha escrito a la agencia.");
  await expectAccessible(page, "messages, none yet, in Spanish");
  await page.getByRole("link", { name: "Escribir un mensaje" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Escribir un mensaje" })).toBeVisible();
  await expect(page.getByLabel("Archivos adjuntos")).toHaveAccessibleDescription(/Hasta 5 archivos, PDF, JPEG or PNG, 10 MB en total/);
  await page.getByRole("button", { name: "Enviar el mensaje" }).click();
  await expect(summary).toContainText("Escriba un asunto.");
  await expect(summary).toContainText("Escriba su mensaje.");
  await expectAccessible(page, "the new-message form with errors, in Spanish");
  await page.getByLabel("¿Sobre qué caso es su mensaje?").selectOption(paper.receiptNumber);
  await page.getByLabel("Asunto").fill("Cambio de dirección");
  await page.getByRole("textbox", { name: "Su mensaje" }).fill("Me mudé el mes pasado.");
  await page.getByRole("button", { name: "Enviar el mensaje" }).click();

  await expect(page).toHaveURL(/\/messages\/[0-9a-f-]{36}\?sent=1$/);
  await expect(page.getByTestId("message-sent")).toContainText("Se envió su mensaje");
  await expect(page.getByRole("heading", { level: 1, name: "Cambio de dirección" })).toBeVisible();
  await expect(page.getByText(/Las horas se muestran en su zona horaria, America\/Chicago\./)).toBeVisible();
  const message = page.getByTestId("message").first();
  await expect(message.getByTestId("message-author")).toHaveText("Usted");
  await expect(message).toContainText(/escribió el .* C[SD]T/);
  await expect(page.getByRole("heading", { level: 2, name: "Responder" })).toBeVisible();
  await expectAccessible(page, "a message thread, in Spanish");

  await page.getByRole("link", { name: "Volver a los mensajes" }).click();
  await expect(page.getByTestId("thread-count")).toHaveText("1 conversación");
  await expect(page.getByTestId("thread")).toContainText("1 mensaje, el último el");
  await expectAccessible(page, "messages, one conversation, in Spanish");
});

// The security and contact settings in Spanish: headings, a refusal on each form, the sessions
// list's times in the person's zone (named, no "UTC"), and every page passes axe.
test("settings in Spanish: alerts, contact information, email, password, sessions, passkeys and verification methods", async ({
  page,
  mail,
}) => {
  const account = await createAccount({ label: "settings-spanish-security" });
  await signInWithEmailCode(page, mail, account);
  await page.goto("/settings/language");
  await page.getByLabel("Español").check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page).toHaveURL(/\/settings\?changed=language$/);
  const summary = page.getByTestId("error-summary");

  await page.goto("/settings/alerts");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Alertas" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Cuando un caso cambie o la agencia responda" })).toBeVisible();
  await expect(page.getByLabel("Enviarme un correo electrónico cuando un caso cambie")).toBeChecked();
  await page.getByRole("button", { name: "Guardar las preferencias de alertas" }).click();
  await expect(page.getByTestId("alerts-saved")).toContainText("Se guardaron sus preferencias de alertas.");
  await expectAccessible(page, "alerts, in Spanish");

  await page.goto("/settings/contact");
  await expect(page.getByRole("heading", { level: 1, name: "Información de contacto" })).toBeVisible();
  await page.getByLabel("Nombre completo").fill("");
  await page.getByRole("button", { name: "Guardar la información de contacto" }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Ingrese su nombre completo.");
  await expect(page.getByLabel("Nombre completo")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "contact information with an error, in Spanish");

  await page.goto("/settings/email");
  await expect(page.getByRole("heading", { level: 1, name: "Cambiar la dirección de correo electrónico" })).toBeVisible();
  await page.getByLabel("Nueva dirección de correo electrónico", { exact: true }).fill("nueva@example.com");
  await page.getByLabel("Confirme la nueva dirección de correo electrónico", { exact: true }).fill("otra@example.com");
  await page.getByRole("button", { name: "Enviar el enlace de confirmación" }).click();
  await expect(summary).toContainText("Las direcciones de correo electrónico no coinciden. Ingrese la misma dirección dos veces.");
  await expectAccessible(page, "change email with an error, in Spanish");

  await page.goto("/settings/email/confirm?token=not-a-real-token");
  await expect(page.getByRole("heading", { level: 1, name: "Este enlace no se puede usar" })).toBeVisible();
  await expect(page.getByTestId("link-problem")).toContainText("Este enlace no es válido.");
  await expectAccessible(page, "an unusable new-email link, in Spanish");

  await page.goto("/settings/password");
  await expect(page.getByRole("heading", { level: 1, name: "Cambiar la contraseña" })).toBeVisible();
  await page.getByLabel("Contraseña actual", { exact: true }).fill("Not-My-Password-1!");
  await page.getByLabel("Nueva contraseña", { exact: true }).fill("Harbor-Lights-Bend-58!");
  await page.getByLabel("Confirme la nueva contraseña", { exact: true }).fill("Harbor-Lights-Bend-58!");
  await page.getByRole("button", { name: "Cambiar la contraseña" }).click();
  await expect(summary).toContainText("Su contraseña actual no es correcta.");
  await expectAccessible(page, "change password with an error, in Spanish");

  await page.goto("/settings/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Dónde tiene la sesión iniciada" })).toBeVisible();
  const current = page.getByTestId("session-current");
  await expect(current).toContainText("Este dispositivo");
  await expect(current).toContainText(/Chrom.* en /);
  await expect(current).toContainText("Red local (");
  await expect(current.locator("time").first()).toHaveText(/ de \d{4} a las \d{1,2}:\d{2}\s?[ap]\.\s?m\.\sE[SD]T$/);
  await expect(page.getByTestId("sessions-table")).not.toContainText("UTC");
  await expect(page.getByText("No tiene la sesión iniciada en ningún otro lugar.")).toBeVisible();
  await expectAccessible(page, "sessions, in Spanish");

  await page.goto("/settings/passkeys");
  await expect(page.getByRole("heading", { level: 1, name: "Llaves de acceso" })).toBeVisible();
  await expect(page.getByTestId("no-passkeys")).toHaveText("Todavía no tiene llaves de acceso.");
  await expect(page.getByRole("heading", { level: 2, name: "Agregar una llave de acceso" })).toBeVisible();
  // The suggested name is saved as the person's own label, so it is suggested in their language.
  await expect(page.getByLabel("Nombre de la llave de acceso")).toHaveValue(/^Llave de acceso de .*Chrom/);
  await expectAccessible(page, "passkeys, in Spanish");

  await page.goto("/settings/verification-methods");
  await expect(page.getByRole("heading", { level: 1, name: "Métodos de verificación en dos pasos" })).toBeVisible();
  await expect(page.getByTestId("methods")).toContainText("Correo electrónico");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(summary).toContainText("Elija un método de verificación para agregar.");
  await expectAccessible(page, "verification methods with an error, in Spanish");

  await page.goto(`/settings/verify?next=${encodeURIComponent("/settings")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Confirme su identidad" })).toBeVisible();
  await expect(page.getByText(/No se le volverá a pedir durante 20 minutos\./)).toBeVisible();
  await expectAccessible(page, "confirm it's you, in Spanish");
});
