import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { readerFor } from "../i18n/translator";
import { smsSegments, smsText } from "./sms-text";
import { smsTemplates } from "./templates";

describe("smsText", () => {
  it("writes the accented vowels GSM-7 lacks without their accent, and keeps the ones it has", () => {
    expect(smsText("Su código de verificación: inicie sesión, ¿sí? ¡Ú!")).toBe("Su codigo de verificacion: inicie sesion, ¿si? ¡U!");
    expect(smsText("Señor Müller, café")).toBe("Señor Müller, café");
    expect(smsText("9:00\u202fAM \u201cquoted\u201d it\u2019s")).toBe('9:00 AM "quoted" it\'s');
  });
});

describe("smsSegments", () => {
  it("counts 160 GSM-7 characters a segment (153 when split), and 70 (67) once one character is outside it", () => {
    expect(smsSegments("a".repeat(160))).toBe(1);
    expect(smsSegments("a".repeat(161))).toBe(2);
    expect(smsSegments("€".repeat(80))).toBe(1);
    expect(smsSegments("€".repeat(81))).toBe(2);
    expect(smsSegments("ó" + "a".repeat(69))).toBe(1);
    expect(smsSegments("ó" + "a".repeat(70))).toBe(2);
  });
});

describe("every text message, in English and Spanish, with the default agency name", () => {
  const saved = process.env.AGENCY_NAME;
  beforeAll(() => {
    delete process.env.AGENCY_NAME;
    resetEnvCache();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.AGENCY_NAME;
    else process.env.AGENCY_NAME = saved;
    resetEnvCache();
  });

  const url = "https://portal.example.org/cases/EAC2612345678";
  const texts = (locale: "en" | "es") => {
    const r = readerFor(locale, "America/New_York");
    return {
      code: smsTemplates["verification-code"]({ code: "042917" }, r),
      caseUpdate: smsTemplates["case-update"]({ url }, r),
      newMessage: smsTemplates["new-message"]({ url }, r),
      evidence: smsTemplates["evidence-due-reminder"]({ dueOn: "2026-09-30T23:59:59.999Z", daysLeft: 7, url }, r),
      appointment: smsTemplates["appointment-reminder"]({ at: "2026-09-14T13:30:00Z", officeTimeZone: "America/Chicago", url }, r),
    };
  };

  it.each(["en", "es"] as const)("%s: the code in one segment, every alert in at most two, all in GSM-7", (locale) => {
    const all = texts(locale);
    expect(all.code).toContain("Immigration Services Agency (demo)");
    expect(smsSegments(all.code)).toBe(1);
    for (const text of Object.values(all)) {
      expect(smsSegments(text), text).toBeLessThanOrEqual(2);
      expect(smsSegments(text), text).toBe(Math.max(1, Math.ceil(text.length / (text.length <= 160 ? 160 : 153))));
    }
  });
});
