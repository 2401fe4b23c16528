import { describe, expect, it } from "vitest";
import { readerFor } from "@/lib/i18n/translator";
import { FORM_TYPES, formName, isKnownForm } from "./forms";

const english = readerFor("en", "UTC");
const spanish = readerFor("es", "UTC");

describe("formName", () => {
  it("reads each known form's name in the reader's language", () => {
    expect(FORM_TYPES.map((formType) => english.text(formName(formType)))).toEqual([
      "Application to Replace Permanent Resident Card",
      "Petition for Alien Relative",
      "Application for Travel Document",
      "Application to Register Permanent Residence or Adjust Status",
      "Application to Extend/Change Nonimmigrant Status",
      "Application for Employment Authorization",
      "Consideration of Deferred Action for Childhood Arrivals",
      "Application for Naturalization",
      "Notice of Entry of Appearance as Attorney",
    ]);
    expect(FORM_TYPES.map((formType) => spanish.text(formName(formType)))).toEqual([
      "Solicitud para Reemplazar la Tarjeta de Residente Permanente",
      "Petición de Familiar Extranjero",
      "Solicitud de Documento de Viaje",
      "Solicitud de Registro de Residencia Permanente o Ajuste de Estatus",
      "Solicitud para Extender/Cambiar Estatus de No Inmigrante",
      "Solicitud de Autorización de Empleo",
      "Consideración de Acción Diferida para los Llegados en la Infancia",
      "Solicitud de Naturalización",
      "Aviso de Comparecencia como Abogado",
    ]);
  });

  it("names a form it does not know plainly, in either language", () => {
    expect(isKnownForm("I-999")).toBe(false);
    expect(english.text(formName("I-999"))).toBe("Immigration form");
    expect(spanish.text(formName("I-999"))).toBe("Formulario de inmigración");
    // Not a way into the catalog: a key-like value is just unknown.
    expect(english.text(formName("errors"))).toBe("Immigration form");
  });
});
