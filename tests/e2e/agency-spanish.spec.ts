import { createAccount, createOfficerAccount, signInWithEmailCode } from "./accounts";
import { ownedCase, queueOrder, respondedRequest, waitingThread } from "./console";
import { db, expect, expectAccessible, test } from "./fixtures";

// An officer in Chicago who reads Spanish: after switching the header's language, the work queue, a
// case page and the search read in Spanish, and every time is in the officer's zone with the zone named.

test("an officer who switches to Spanish sees the work queue, a case and the search in Spanish, times in their own zone", async ({
  page,
  mail,
}) => {
  const officer = await createOfficerAccount({ label: "spanish-officer" });
  await db(`UPDATE "User" SET "timeZone" = 'America/Chicago' WHERE id = $1`, [officer.id]);
  const applicant = await createAccount({ label: "spanish-console-applicant" });
  const answered = await ownedCase(applicant, { formType: "I-765" });
  const messaged = await ownedCase(applicant, { formType: "I-485" });
  // Long ago, so they come before most of the queue; 10:00 UTC is 4:00 AM in Chicago (CST).
  await respondedRequest(answered, applicant.id, new Date("2000-03-01T10:00:00Z"));
  await waitingThread(messaged, applicant.id, "Cambio de dirección", new Date("2000-03-02T10:00:00Z"));

  await signInWithEmailCode(page, mail, officer);
  await expect(page).toHaveURL(/\/agency$/);
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  await page.getByTestId("language-switch").getByRole("button", { name: "Español" }).click();

  // The work queue.
  await expect(page.getByRole("heading", { level: 1, name: "Cola de trabajo" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(/Cola de trabajo/);
  const nav = page.getByRole("navigation", { name: "Consola de funcionarios" });
  await expect(nav.getByRole("link", { name: "Cola de trabajo" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("queue-zone")).toHaveText("Las horas se muestran en su zona horaria, America/Chicago.");
  const rows = page.getByTestId("work-queue").locator("tbody tr");
  await expect.poll(() => queueOrder(rows, { answered, messaged })).toEqual(["answered", "messaged"]);
  const answeredRow = rows.filter({ hasText: answered.receiptNumber });
  await expect(answeredRow).toContainText("Respuesta de evidencia");
  await expect(answeredRow).toContainText(/1 de marzo de 2000.*4:00.*CST/);
  await expect(rows.filter({ hasText: messaged.receiptNumber })).toContainText("Mensaje: Cambio de dirección");
  await expect(page.getByText("Times are in UTC")).toHaveCount(0);
  await expectAccessible(page, "the work queue in Spanish");

  // A case page.
  await answeredRow.getByRole("link", { name: answered.receiptNumber }).click();
  await expect(page).toHaveURL(new RegExp(`/agency/cases/${answered.receiptNumber}$`));
  await expect(page.getByTestId("case-facts")).toContainText("Solicitante");
  await expect(page.getByTestId("case-facts")).toContainText("Estatus actual");
  await expect(page.getByTestId("officer-status")).toContainText(/desde el .*(CST|CDT)/);
  for (const heading of [
    "Mensajes",
    "Solicitudes de Evidencia",
    "Modificar este caso",
    "Historial del caso",
    "Avisos",
    "Alertas al solicitante",
  ])
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Agregar un estatus" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Emitir un aviso" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Abrir una Solicitud de Evidencia" })).toBeVisible();
  await expect(page.getByTestId("officer-requests")).toContainText(/Respuesta recibida el 1 de marzo de 2000.*CST: pendiente de revisión/);
  await expect(page.getByTestId("officer-history")).toContainText(/(CST|CDT)/);
  await expectAccessible(page, "a case page in Spanish");

  // A change made in Spanish answers in Spanish.
  await page.getByRole("button", { name: "Marcar la respuesta como revisada" }).click();
  await expect(page.getByTestId("officer-requests")).toContainText("Respuesta revisada el");

  // The search: a refusal, then results.
  await nav.getByRole("link", { name: "Buscar un caso" }).click();
  await expect(page).toHaveURL(/\/agency\/search$/);
  await expect(page.getByRole("heading", { level: 1, name: "Buscar un caso" })).toBeVisible();
  await expectAccessible(page, "find a case in Spanish");
  const query = page.getByLabel(/^Número de recibo, correo electrónico del solicitante/);
  await query.fill("EAC12");
  await page.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("El número de recibo debe tener 13 caracteres");
  await expectAccessible(page, "find a case in Spanish with a refusal");
  await page.getByLabel(/^Número de recibo, correo electrónico del solicitante/).fill(applicant.email);
  await page.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: `2 casos de ${applicant.email}` })).toBeVisible();
  await expect(page.getByTestId("search-results").getByRole("listitem")).toHaveCount(2);
  await expectAccessible(page, "find a case in Spanish with results");

  // And back to English.
  await page.getByTestId("language-switch").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find a case" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
