import { createAccount, signInWithEmailCode } from "./accounts";
import { answerPage, heading } from "./filing-pages";
import { expect, expectAccessible, test } from "./fixtures";

// Filing an I-765 in Spanish: a signed-in person switches the header to Español and everything they
// read while filing (the catalogue, the task list, the questions and their choices, the engine's
// error messages, the check page) is in Spanish; switching back brings English again.
test("a person filing in Spanish reads the I-765's pages, choices and errors in Spanish", async ({ page, mail }) => {
  test.setTimeout(240_000);
  const account = await createAccount({ label: "i765-es", methods: ["EMAIL"] });
  await signInWithEmailCode(page, mail, account);
  await page.getByTestId("language-switch").getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  await page.goto("/file");
  await expect(heading(page, "Presentar un formulario en línea")).toBeVisible();
  const entry = page.getByTestId("catalogue-form").filter({ hasText: "I-765" });
  await expect(entry).toContainText("Solicitud de Autorización de Empleo");
  await expect(entry.getByTestId("catalogue-fee")).toContainText("$470.00 en línea ($520.00 en papel)");
  await expect(entry.getByTestId("catalogue-fee-varies")).toHaveText(
    "Algunas personas pagan menos o nada, según sus respuestas. Verá su tarifa antes de pagar.",
  );
  await expect(entry).toContainText("Tenga esto a mano");
  await expectAccessible(page, "the catalogue in Spanish");
  await entry.getByRole("button", { name: /^Comenzar el I-765/ }).click();
  await expect(page).toHaveURL(/\/file\/[0-9a-f-]{36}$/);
  const base = new URL(page.url()).pathname;

  // The task list: sections and states in Spanish, the last save in the person's zone (no "UTC").
  await expect(heading(page, "Solicitud de Autorización de Empleo")).toBeVisible();
  await expect(page.getByTestId("progress")).toContainText("Ha completado 0 de 5 secciones");
  await expect(page.getByTestId("progress")).not.toContainText("UTC");
  await expect(page.getByTestId("task-list")).toContainText("Sin comenzar");
  await expectAccessible(page, "the task list in Spanish");
  await page.getByRole("link", { name: "Sobre su solicitud" }).click();

  // The first question, sent empty: the error summary says what is missing, in Spanish.
  await expect(heading(page, "¿Por qué presenta esta solicitud?")).toBeVisible();
  await expect(page.getByLabel("Estoy solicitando mi primera tarjeta de permiso de trabajo")).toBeVisible();
  await expectAccessible(page, "the first question in Spanish");
  await page.getByRole("button", { name: "Continuar", exact: true }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText('Elija una respuesta para "¿Por qué presenta esta solicitud?".');
  await expect(summary.getByRole("link", { name: /Elija una respuesta/ })).toHaveAttribute("href", "#reason");
  await expectAccessible(page, "the first question with its error in Spanish");
  await answerPage(page, { reason: "initial" });
  await page.getByRole("button", { name: "Continuar", exact: true }).click();

  await expect(heading(page, "¿Cuál es su nombre legal completo?")).toBeVisible();
  await expect(page.getByLabel("Apellido")).toBeVisible();
  await expectAccessible(page, "the name page in Spanish");
  await answerPage(page, { familyName: "Haile", givenName: "Selam", middleName: "" });
  await page.getByRole("button", { name: "Continuar", exact: true }).click();
  await expect(heading(page, "¿Ha usado otros nombres?")).toBeVisible();
  await expectAccessible(page, "the other names page in Spanish");

  // A date missing its month and year; countries named in Spanish.
  await page.goto(`${base}/birth`);
  await expect(heading(page, "Su fecha y lugar de nacimiento")).toBeVisible();
  await expect(page.getByLabel("Día")).toBeVisible();
  await expect(page.getByLabel("País de nacimiento").locator('option[value="DE"]')).toHaveText("Alemania");
  await page.locator("#dateOfBirth-day").fill("4");
  await page.getByRole("button", { name: "Continuar", exact: true }).click();
  await expect(summary).toContainText('La fecha para "Fecha de nacimiento" debe incluir el mes y el año.');
  await expect(summary).toContainText('Elija una respuesta para "País de nacimiento".');
  await expectAccessible(page, "the birth page with errors in Spanish");

  // Check your answers: what is missing and the answers given, in Spanish.
  await page.goto(`${base}/check`);
  await expect(heading(page, "Revise sus respuestas")).toBeVisible();
  await expect(page.getByTestId("missing")).toContainText("Todavía no puede enviar este formulario");
  await expect(page.getByTestId("missing")).toContainText('Responda las preguntas de "Su fecha y lugar de nacimiento".');
  await expect(page.getByText("Estoy solicitando mi primera tarjeta de permiso de trabajo")).toBeVisible();
  await expectAccessible(page, "check your answers in Spanish");

  await page.goto(`${base}/documents`);
  await expect(heading(page, "Subir documentos")).toBeVisible();
  await expect(page.getByLabel("Subir un archivo para: Una foto reciente de tipo pasaporte")).toBeVisible();
  await expectAccessible(page, "the documents page in Spanish");

  // The dashboard lists the draft under its Spanish title.
  await page.goto("/dashboard");
  await expect(page.getByTestId("draft-card")).toContainText("I-765, Solicitud de Autorización de Empleo");
  await page.goto(`${base}/documents`);

  // Back to English: the same page in English.
  await page.getByTestId("language-switch").getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(heading(page, "Upload documents")).toBeVisible();
});
