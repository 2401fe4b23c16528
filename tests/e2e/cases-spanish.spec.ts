// A person whose account is in Spanish (chosen with the header's language switch) and in Chicago's
// time zone: the dashboard, a case with its status history, a notice and the evidence response page
// in Spanish, dates in their zone, status titles stored in English shown in Spanish.
import { pdfText } from "../support/pdf-text";
import { createAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { addStatus, caseWithOpenRequest, createPaperCase } from "./cases";
import { db, expect, expectAccessible, test } from "./fixtures";

test("a Spanish-speaking applicant follows a case and answers a request for evidence in Spanish", async ({ page, mail }) => {
  const account = await createAccount({ label: "cases-es", methods: ["EMAIL"] });
  const { receiptNumber, requestId } = await caseWithOpenRequest(account.id);
  const approved = await createPaperCase({ formType: "I-765", applicantName: "Lucía Núñez", receivedDaysAgo: 30, ownerId: account.id });
  await addStatus(approved.receiptNumber, "Case Is Being Actively Reviewed");
  const filed = await arrange<{ receiptNumber: string; confirmationNumber: string }>({ op: "submitted-filing", ownerId: account.id });
  await db(`UPDATE "User" SET "timeZone" = 'America/Chicago' WHERE id = $1`, [account.id]);
  await signInWithEmailCode(page, mail, account);

  // The header's switch keeps Spanish on the account.
  await page.getByTestId("language-switch").getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(await db<{ locale: string }>(`SELECT locale FROM "User" WHERE id = $1`, [account.id])).toEqual([{ locale: "es" }]);

  // The dashboard.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Mis casos" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "3 casos" })).toBeVisible();
  const card = page.locator(`[data-testid="case-card"][data-receipt="${approved.receiptNumber}"]`);
  await expect(card).toContainText("Estado");
  // The form's name too, in the card and in the form filter.
  await expect(card.getByRole("link")).toHaveText("I-765: Solicitud de Autorización de Empleo");
  await expect(page.getByLabel("Formulario", { exact: true }).locator("option", { hasText: "I-765" })).toHaveText(
    "I-765: Solicitud de Autorización de Empleo",
  );
  await expect(card).toContainText("El caso se está revisando activamente");
  await expect(page.getByText("Dates are in UTC")).toHaveCount(0);
  // A form filed online, named in Spanish as well.
  await expect(page.getByTestId("filed-list").getByRole("link")).toHaveText("I-765, Solicitud de Autorización de Empleo");
  await expect(page.getByTestId("filed-list")).toContainText(`número de confirmación ${filed.confirmationNumber}`);
  await expect(page.getByRole("button", { name: "Mostrar casos" })).toBeVisible();
  await expectAccessible(page, "the dashboard in Spanish");

  // A case page: the status box and the history, titles and explanations in Spanish.
  await page.goto(`/cases/${approved.receiptNumber}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("I-765: Solicitud de Autorización de Empleo");
  await expect(page).toHaveTitle(new RegExp(`^Estado del caso: ${approved.receiptNumber} \\|`));
  const status = page.getByTestId("case-status");
  await expect(status.getByRole("heading", { level: 2 })).toHaveText("El caso se está revisando activamente");
  await expect(status).toContainText("Un oficial está revisando su caso.");
  await expect(status).toContainText("Qué sucede después");
  await expect(status).toContainText("Nos comunicaremos con usted si necesitamos más información.");
  const history = page.getByTestId("case-history");
  await expect(history).toContainText("El caso se está revisando activamente");
  await expect(history).toContainText("Se recibió el caso");
  await expect(history).not.toContainText("Case Was Received");
  await expect(page.getByRole("heading", { level: 2, name: "Historial del caso" })).toBeVisible();
  await expect(page.getByText("Dates are in UTC")).toHaveCount(0);
  await expectAccessible(page, "a case page in Spanish");

  // Its receipt notice: the text in Spanish, the English title kept for the record.
  const noticeLink = page.getByTestId("notices").getByRole("link", { name: "Aviso de recibo (I-797C)" });
  const notice = await page.request.get((await noticeLink.getAttribute("href"))!);
  expect(notice.status()).toBe(200);
  const text = await pdfText(await notice.body());
  expect(text).toContain("Receipt notice (I-797C)");
  expect(text).toContain("En español: Aviso de recibo (I-797C)");
  expect(text).toContain(`Número de recibo: ${approved.receiptNumber}`);
  expect(text).toContain("no significa que se haya aprobado");

  // The case with the request for evidence, and its response page.
  await page.goto(`/cases/${receiptNumber}`);
  await expect(page.getByTestId("case-status").getByRole("heading", { level: 2 })).toContainText(
    "Se envió una Solicitud de Evidencia Adicional",
  );
  await expect(page.getByTestId("action-required")).toHaveText("Requiere una acción");
  await expect(page.getByTestId("case-status")).toContainText("Necesitamos más evidencia antes de poder decidir su caso.");
  await expect(page.getByTestId("status-date")).toContainText("Responda a más tardar el");
  await page.getByRole("link", { name: "Responder a la Solicitud de Evidencia" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${receiptNumber}/evidence/${requestId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Responder a la Solicitud de Evidencia" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Lo que le pedimos" })).toBeVisible();
  await expect(page.getByTestId("no-documents")).toHaveText("Todavía no ha subido ningún documento.");
  await expect(page.getByLabel("Subir un documento")).toHaveAccessibleDescription(/PDF, JPEG o PNG, de hasta 10 MB cada uno/);
  await expectAccessible(page, "the evidence response page in Spanish");

  // Refusals in Spanish: checked in the browser (no file), and by the server (nothing uploaded yet).
  await page.getByRole("button", { name: "Subir", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Elija un archivo para subir.");
  await page.getByLabel("Subí todo lo que quiero enviar en respuesta a esta solicitud.").check();
  await page.getByRole("button", { name: "Enviar mi respuesta" }).click();
  await expect(page.getByText("Suba al menos un documento antes de enviar su respuesta.")).toBeVisible();
  await expectAccessible(page, "the evidence response page refusing in Spanish");
});
