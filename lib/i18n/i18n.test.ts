import { describe, expect, it, vi } from "vitest";
import { negotiateLocale, toLocale } from "./locales";
import { msg, resolveText } from "./message-ref";
import { isTimeZone } from "./time-zones";
import { readerFor } from "./translator";

describe("the language a visitor gets", () => {
  it("follows Accept-Language by quality, then order, and ignores languages the portal does not speak", () => {
    expect(negotiateLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(negotiateLocale("fr-CA,fr;q=0.9,es;q=0.5,en;q=0.4")).toBe("es");
    expect(negotiateLocale("en-US,en;q=0.9,es;q=0.8")).toBe("en");
    expect(negotiateLocale("de,es;q=0")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });

  it("reads an unknown stored language as English", () => {
    expect(toLocale("es")).toBe("es");
    expect(toLocale("pt")).toBe("en");
  });
});

describe("time zones", () => {
  it("accept IANA names and refuse anything else", () => {
    expect(isTimeZone("America/Chicago")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});

describe("a reader", () => {
  const at = new Date("2026-12-15T15:00:00Z");

  it("writes dates in the person's language and zone, naming the zone", () => {
    expect(readerFor("en", "America/Chicago").format.dateTime(at, "dateTime")).toBe("December 15, 2026 at 9:00 AM CST");
    expect(readerFor("en", "America/New_York").format.dateTime(at, "time")).toBe("10:00 AM EST");
    expect(readerFor("es", "America/Chicago").format.dateTime(at, "date")).toBe("15 de diciembre de 2026");
  });

  it("turns msg() references into the reader's language and leaves other text alone", () => {
    expect(resolveText(msg("common.header.signIn"), (key) => readerFor("es", "UTC").t(key))).toBe("Iniciar sesión");
    expect(readerFor("es", "UTC").text(msg("common.header.unread", { count: 3 }))).toBe("3 sin leer");
    expect(readerFor("es", "UTC").text("Already in words")).toBe("Already in words");
  });

  it("reads a reference given as a value of another reference in the same language", () => {
    const named = msg("secureMessages.errors.fileProblem", { name: "acta.pdf", problem: msg("common.header.signIn") });
    expect(readerFor("es", "UTC").text(named)).toBe("acta.pdf: Iniciar sesión");
    expect(readerFor("en", "UTC").text(named)).toBe("acta.pdf: Sign in");
  });

  it("is made once per language and zone, so each message is parsed once per process, not on every page", () => {
    expect(readerFor("en", "America/Chicago")).toBe(readerFor("en", "America/Chicago"));
    expect(readerFor("en", "America/Chicago")).not.toBe(readerFor("en", "America/Denver"));
    expect(readerFor("en", "America/Chicago")).not.toBe(readerFor("es", "America/Chicago"));
    readerFor("en", "Pacific/Guam").t("dashboard.list.count", { count: 3 });
    // intl-messageformat resolves the locale each time it parses a message.
    const parses = vi.spyOn(Intl.NumberFormat, "supportedLocalesOf");
    try {
      for (let page = 0; page < 5; page++) expect(readerFor("en", "Pacific/Guam").t("dashboard.list.count", { count: 3 })).toBe("3 cases");
      expect(parses).not.toHaveBeenCalled();
    } finally {
      parses.mockRestore();
    }
  });

  it("keeps zones apart: one zone's formatters never serve another's", () => {
    const chicago = readerFor("en", "America/Chicago");
    const denver = readerFor("en", "America/Denver");
    for (let i = 0; i < 2; i++) {
      expect(chicago.format.dateTime(at, "time")).toBe("9:00 AM CST");
      expect(denver.format.dateTime(at, "time")).toBe("8:00 AM MST");
    }
  });

  it("writes a date inside a message in the reader's zone, and parses the message once, keyed by its text alone", () => {
    const chicago = readerFor("en", "America/Chicago");
    const denver = readerFor("en", "America/Denver");
    chicago.t("signIn.errors.paused", { until: at });
    denver.t("signIn.errors.paused", { until: at });
    // use-intl's own cache of parsed messages keys each call by JSON.stringify of the text with every format.
    const keys = vi.spyOn(JSON, "stringify");
    const messageKeys = () =>
      keys.mock.calls.filter(
        ([value]: unknown[]) =>
          typeof value === "object" && value !== null && Object.values(value).some((part) => String(part).includes("is paused until")),
      );
    try {
      for (let page = 0; page < 3; page++) {
        expect(chicago.t("signIn.errors.paused", { until: at })).toContain("until 9:00 AM CST because");
        expect(denver.t("signIn.errors.paused", { until: at })).toContain("until 8:00 AM MST because");
      }
      expect(messageKeys()).toEqual([]);
    } finally {
      keys.mockRestore();
    }
  });
});
