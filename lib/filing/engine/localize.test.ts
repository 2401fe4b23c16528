import { describe, expect, it } from "vitest";
import { isMessageRef } from "@/lib/i18n/message-ref";
import { readerFor } from "@/lib/i18n/translator";
import type { FormDefinition } from "../definition";
import { FORM_DEFINITIONS } from "../definitions";
import { I765 } from "../definitions/i-765";
import { answersByPart } from "./answers-by-part";
import { filingText, localizeDefinition } from "./localize";
import { questionOptions } from "./options";
import { parsePage } from "./parse-page";

const NOW = new Date("2026-12-02T12:00:00Z");
const EN = readerFor("en", "UTC");
const ES = readerFor("es", "UTC");

/** Every text a person reads in a definition (fees and checks by calling them). */
function textsOf(def: FormDefinition): string[] {
  const texts = [def.title, def.purpose, def.whoMayFile, def.certification, ...def.haveReady];
  texts.push(...def.sections.map((s) => s.title), ...def.pdf.map((p) => p.title));
  for (const page of def.pages) {
    texts.push(page.title, ...(page.intro ? [page.intro] : []));
    for (const q of page.questions) {
      texts.push(q.label, ...(q.hint ? [q.hint] : []));
      for (const o of q.options ?? []) texts.push(o.label, ...(o.hint ? [o.hint] : []));
    }
  }
  for (const d of def.documents) texts.push(d.label, ...(d.hint ? [d.hint] : []));
  texts.push(def.fee({}, NOW).reason);
  return texts;
}

describe("form definitions in the reader's language", () => {
  it("hold catalog references only, each found in English and in Spanish", () => {
    for (const def of FORM_DEFINITIONS) {
      const raw = textsOf(def);
      expect(raw.filter((text) => !isMessageRef(text))).toEqual([]);
      for (const reader of [EN, ES]) {
        const read = textsOf(localizeDefinition(def, reader));
        expect(read.filter((text) => isMessageRef(text) || text.startsWith("forms."))).toEqual([]);
      }
    }
  });

  it("read the I-765's labels, choices and fee in English and in Spanish", () => {
    const en = localizeDefinition(I765, EN);
    const es = localizeDefinition(I765, ES);
    expect([en.title, es.title]).toEqual(["Application for Employment Authorization", "Solicitud de Autorización de Empleo"]);
    const category = (def: FormDefinition) => def.pages.find((p) => p.id === "category")!.questions[0];
    expect(category(en).label).toBe("Which category are you applying under?");
    expect(category(es).label).toBe("¿Bajo qué categoría presenta la solicitud?");
    expect(category(es).options?.find((o) => o.value === "c8")?.label).toBe("(c)(8) Solicitud de asilo pendiente");
    const name = (def: FormDefinition) => def.pages.find((p) => p.id === "ssn-consent")!.questions.map((q) => q.label);
    expect(name(es)).toContain("Apellido de su padre al nacer");
    expect(name(en)).toContain("Your father's family name at birth");
    expect(es.fee({ reason: "renewal", category: "c3A" }, NOW).reason).toBe("La tarifa estándar de esta solicitud.");
    const check = es.pages.find((p) => p.id === "birth")!.check!({ dateOfBirth: "2030-01-01" }, NOW);
    expect(check).toEqual({ dateOfBirth: "Su fecha de nacimiento debe estar en el pasado." });
  });

  it("write the engine's messages with the question's label in the same language", () => {
    const result = parsePage(I765, "reason", {}, {}, NOW);
    if (result.ok) throw new Error("expected a refusal");
    expect(filingText(result.errors.reason, EN)).toBe('Choose an answer for "Why are you applying?".');
    expect(filingText(result.errors.reason, ES)).toBe('Elija una respuesta para "¿Por qué presenta esta solicitud?".');
    const date = parsePage(I765, "birth", { "dateOfBirth-day": "3" }, {}, NOW);
    if (date.ok) throw new Error("expected a refusal");
    expect(filingText(date.errors.dateOfBirth, ES)).toBe('La fecha para "Fecha de nacimiento" debe incluir el mes y el año.');
  });

  it("name countries in the reader's language and keep the filed record in English", () => {
    const country = { id: "c", kind: "country", label: "x" } as const;
    expect(questionOptions(country, "es").find((o) => o.value === "DE")?.label).toBe("Alemania");
    expect(questionOptions(country).find((o) => o.value === "DE")?.label).toBe("Germany");
    const answers = { reason: "initial", dateOfBirth: "1990-03-04", birthCountry: "DE" };
    const rows = (reader?: typeof ES) => answersByPart(I765, answers, reader).flatMap((part) => part.rows);
    expect(rows().find((r) => r.questionId === "reason")?.value).toBe("I am asking for my first work permit card");
    expect(rows(ES).find((r) => r.questionId === "reason")?.value).toBe("Estoy solicitando mi primera tarjeta de permiso de trabajo");
    expect(rows(ES).find((r) => r.questionId === "dateOfBirth")?.value).toBe("4 de marzo de 1990");
  });
});
