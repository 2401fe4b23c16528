import { describe, expect, it } from "vitest";
import { readerFor } from "@/lib/i18n/translator";
import { readCatalog } from "@/lib/i18n/catalog";
import { ADDRESS_CHANGED_TITLE } from "@/lib/filing/address-change";
import { REPRESENTATION_ENDED_TITLE, REPRESENTATION_STARTED_TITLE } from "@/lib/representation/representation-texts";
import { isStatusTitle, STATUS_TITLES, statusInfo, statusKey, statusTexts, statusTitle, statusTitleIn } from "./statuses";

describe("status titles", () => {
  it("never name a real agency", () => {
    for (const title of STATUS_TITLES) expect(title).not.toMatch(/USCIS/i);
  });

  it("shows titles stored with the old wording as today's", () => {
    expect(statusTitle("Case Is Being Actively Reviewed By USCIS")).toBe("Case Is Being Actively Reviewed");
    expect(statusInfo("Response To USCIS' Request For Evidence Was Received").title).toBe("Response To Request For Evidence Was Received");
    expect(statusInfo("Card Was Returned To USCIS").explanation).toBe("Your card was returned to us by the post office.");
    expect(statusTitle("Case Was Approved")).toBe("Case Was Approved");
  });

  it("accepts only today's titles as new statuses", () => {
    expect(isStatusTitle("Case Is Being Actively Reviewed")).toBe(true);
    expect(isStatusTitle("Case Is Being Actively Reviewed By USCIS")).toBe(false);
  });
});

describe("status titles in the reader's language", () => {
  const english = readCatalog("en").statuses as Record<string, { title: string }>;
  const spanish = readCatalog("es").statuses as Record<string, { title: string; explanation: string; next: string }>;

  it("every stored title has its catalog entry, whose English title is the stored one (the official record)", () => {
    for (const title of STATUS_TITLES) {
      const key = statusKey(title);
      expect(key, title).not.toBeNull();
      expect(english[key!].title).toBe(title);
      expect(spanish[key!].explanation.length).toBeGreaterThan(0);
    }
  });

  it("shows a Spanish reader the title, explanation and next step in Spanish, old wording included", () => {
    const { t } = readerFor("es", "America/Chicago");
    expect(statusTexts("Case Was Approved", t)).toEqual({
      title: "Se aprobó el caso",
      explanation: "Su caso fue aprobado.",
      next: "Recibirá un aviso de aprobación. Si con esta aprobación corresponde una tarjeta o un documento, se le enviará por correo.",
    });
    expect(statusTitleIn("Case Is Being Actively Reviewed By USCIS", t)).toBe("El caso se está revisando activamente");
    expect(statusTexts("Case Was Approved", readerFor("en", "UTC").t).title).toBe("Case Was Approved");
  });

  it("words a history entry that is not a status in the reader's language, and never offers it as a status", () => {
    expect(statusTitleIn("Mailing Address Was Updated", readerFor("es", "UTC").t)).toBe("Se actualizó la dirección postal");
    expect(statusTitleIn("Mailing Address Was Updated", readerFor("en", "UTC").t)).toBe("Mailing Address Was Updated");
    expect(english[statusKey("Mailing Address Was Updated")!].title).toBe("Mailing Address Was Updated");
    expect(isStatusTitle("Mailing Address Was Updated")).toBe(false);
    expect(STATUS_TITLES).not.toContain("Mailing Address Was Updated");
    expect(statusTitleIn("A Legal Representative Was Added", readerFor("es", "UTC").t)).toBe("Se agregó un representante legal");
    expect(statusTitleIn("A Legal Representative's Access Ended", readerFor("es", "UTC").t)).toBe(
      "Terminó el acceso de un representante legal",
    );
    expect(isStatusTitle("A Legal Representative Was Added")).toBe(false);
    // The titles the code stores, so a reworded one cannot lose its translation unnoticed.
    for (const stored of [ADDRESS_CHANGED_TITLE, REPRESENTATION_STARTED_TITLE, REPRESENTATION_ENDED_TITLE]) {
      expect([stored, english[statusKey(stored) ?? "unknown"].title]).toEqual([stored, stored]);
    }
  });

  it("falls back to the stored English title, with a general explanation, for a title it does not know", () => {
    const { t } = readerFor("es", "UTC");
    expect(statusTexts("Case Was Sent To The Moon", t)).toEqual({
      title: "Case Was Sent To The Moon",
      explanation: "El estado de su caso cambió.",
      next: "Consulte sus avisos para ver los detalles.",
    });
  });
});
