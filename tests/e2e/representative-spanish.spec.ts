import { createAccount, signInWithEmailCode } from "./accounts";
import { arrange } from "./arrange";
import { caseWithOpenRequest } from "./cases";
import { db, expect, expectAccessible, test, type Page } from "./fixtures";
import { createRepresentativeAccount, recordG28, signInAsRepresentative } from "./represented-cases";

// A representative who reads Spanish: My clients, a client's case and their profile, in Spanish, with
// the profile's refusals in Spanish too; and a client reviewing a form their representative prepared.

/** The header's language switch, to Spanish; the account keeps the choice. */
async function switchToSpanish(page: Page): Promise<void> {
  await page.getByTestId("language-switch").getByRole("button", { name: "Español" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
}

test("a representative reads My clients, a client's case and their profile in Spanish", async ({ page, mail }) => {
  const client = await createAccount({ label: "client", methods: ["EMAIL"] });
  const { caseId, receiptNumber } = await caseWithOpenRequest(client.id, "A certified copy of the birth certificate.");
  const rep = await createRepresentativeAccount("Rosa Lawyer");
  await recordG28(caseId, rep.id);

  await signInAsRepresentative(page, mail, rep);
  await expect(page.getByRole("heading", { level: 1, name: "My clients" })).toBeVisible();
  await switchToSpanish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mis clientes" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Casos (1)" })).toBeVisible();
  const card = page.getByTestId("client-case");
  await expect(card).toContainText("I-130, Petición de Familiar Extranjero");
  await expect(card).toContainText("Número de recibo");
  await expect(card.getByTestId("client-case-status")).toHaveText("Se envió una Solicitud de Evidencia Adicional");
  await expect(card).toContainText("Último cambio");
  await expect(page.getByRole("link", { name: "Formularios para clientes" })).toBeVisible();
  await expectAccessible(page, "My clients in Spanish");

  await card.getByRole("link").click();
  await expect(page).toHaveURL(`/representative/cases/${receiptNumber}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("link", { name: "Volver a mis clientes" })).toBeVisible();
  const status = page.getByTestId("case-status");
  await expect(status.getByRole("heading", { level: 2 })).toContainText("Se envió una Solicitud de Evidencia Adicional");
  await expect(status).toContainText("Necesitamos más evidencia antes de poder decidir su caso.");
  await expect(page.getByRole("heading", { level: 2, name: "Sus mensajes sobre este caso" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Historial del caso" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Retirarse de este caso" })).toBeVisible();
  await expect(page.getByText("Su G-28 desde")).toBeVisible();
  await expect(page.getByText("Dates are in UTC")).toHaveCount(0);
  await expectAccessible(page, "a client's case in Spanish");

  await page.goto("/representative/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Su perfil de representante" })).toBeVisible();
  await expect(page.getByTestId("verification-status")).toContainText("Sus datos todavía no están verificados");
  await expectAccessible(page, "the representative profile in Spanish");
  // The refusals come back from the server in Spanish too.
  await page.getByLabel("Nombre completo").fill("");
  await page.getByRole("button", { name: "Guardar perfil" }).click();
  await expect(page.locator("#fullName-error")).toContainText("Ingrese su nombre completo.");
  await expect(page.getByText("Ingrese el estado o tribunal de la admisión al colegio de abogados 1.").first()).toBeVisible();
  await expectAccessible(page, "the representative profile's refusals in Spanish");
});

test("a client reads the form their representative prepared in Spanish", async ({ page, mail }) => {
  const client = await createAccount({ label: "client", methods: ["EMAIL"] });
  const rep = await createRepresentativeAccount("Rosa Lawyer");
  // A complete form the representative prepared, sent to this client for review.
  const { id: filingId } = await arrange<{ id: string }>({ op: "signed-i765-draft", ownerId: rep.id, signed: false });
  await db(`UPDATE "Filing" SET "clientId" = $1, "clientReview" = 'SENT', "clientName" = 'Ana Diaz', "clientEmail" = $2 WHERE id = $3`, [
    client.id,
    client.email,
    filingId,
  ]);

  await signInWithEmailCode(page, mail, client);
  await switchToSpanish(page);
  // The dashboard's "Forms to review" names the form in Spanish (not a message reference).
  await page.goto("/dashboard");
  await expect(page.getByTestId("client-reviews")).toContainText("I-765, Solicitud de Autorización de Empleo");
  await page.goto(`/file/review/${filingId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Revise el formulario preparado para usted" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Consentimiento de representación (Formulario G-28)" })).toBeVisible();
  await expect(page.getByTestId("g28").getByTestId("representative-not-verified")).toHaveText("Datos no verificados");
  await expect(page.getByText(/^Doy mi consentimiento para que Rosa Lawyer, de Lawyer & Partners, me represente/)).toBeVisible();
  await expectAccessible(page, "the client's review in Spanish");

  await page.getByRole("button", { name: "Firmar el formulario y el G-28" }).click();
  await expect(page.locator("#fullName-error")).toContainText("Ingrese su nombre completo.");
  await expect(page.locator("#consent-error")).toContainText("Marque la casilla para dar su consentimiento a la representación.");
  await expectAccessible(page, "the client's review refusals in Spanish");
});
