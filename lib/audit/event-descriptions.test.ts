import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readerFor } from "@/lib/i18n/translator";
import { DESCRIBED_KINDS, UNKNOWN_EVENT_DESCRIPTION, describeSecurityEvent } from "./event-descriptions";

const english = readerFor("en", "UTC");
const spanish = readerFor("es", "UTC");

describe("describeSecurityEvent", () => {
  it("says what the common kinds mean", () => {
    expect(english.text(describeSecurityEvent("sign_in.succeeded"))).toBe("Signed in");
    expect(english.text(describeSecurityEvent("sign_in.password_failed"))).toBe("Failed sign-in: wrong password");
    expect(english.text(describeSecurityEvent("sign_in.locked"))).toBe("Sign-in paused after too many wrong passwords");
    expect(english.text(describeSecurityEvent("contact.updated"))).toBe("Contact information updated");
    expect(english.text(describeSecurityEvent("case.linked"))).toBe("Added a paper-filed case");
  });

  it("reads in Spanish for a Spanish reader", () => {
    expect(spanish.text(describeSecurityEvent("sign_in.succeeded"))).toBe("Inició sesión");
    expect(spanish.text(describeSecurityEvent("time_zone.changed"))).toBe("Se cambió la zona horaria");
    expect(spanish.text(describeSecurityEvent("something.new"))).toBe("Otra actividad de la cuenta");
  });

  it("falls back to a neutral line for kinds it does not know, including object property names", () => {
    for (const kind of ["something.new", "", "toString", "__proto__", "constructor"]) {
      expect(describeSecurityEvent(kind)).toBe(UNKNOWN_EVENT_DESCRIPTION);
    }
  });

  it("describes every kind the portal records", () => {
    // The union of kinds in record-security-event.ts is the list of what can be recorded.
    const source = fs.readFileSync(path.join(__dirname, "record-security-event.ts"), "utf8");
    const union = source.slice(
      source.indexOf("export type SecurityEventKind"),
      source.indexOf(";", source.indexOf("export type SecurityEventKind")),
    );
    const kinds = [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(30);
    expect(kinds.filter((kind) => !DESCRIBED_KINDS.includes(kind))).toEqual([]);
  });
});
