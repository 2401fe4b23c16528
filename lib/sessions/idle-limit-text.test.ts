import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { describeIdleLimit, describeRemaining, formatCountdown, timedOutMessage } from "./idle-limit-text";

const en = readerFor("en", "UTC").t;
const es = readerFor("es", "UTC").t;

describe("the idle timeout in words", () => {
  it("names whole minutes, and seconds for the shortened timeouts tests use", () => {
    expect(describeIdleLimit(15, en)).toBe("15 minutes");
    expect(describeIdleLimit(1, en)).toBe("1 minute");
    expect(describeIdleLimit(0.75, en)).toBe("45 seconds");
    expect(timedOutMessage(15, en)).toMatch(/^You were signed out after 15 minutes without activity/);
  });

  it("says it in Spanish for a Spanish reader", () => {
    expect(describeIdleLimit(1, es)).toBe("1 minuto");
    expect(timedOutMessage(15, es)).toMatch(/^Cerramos su sesión después de 15 minutos sin actividad/);
    expect(describeRemaining(90_000, es)).toBe("1 minuto y 30 segundos");
  });

  it("counts down as m:ss, never below 0:00", () => {
    expect(formatCountdown(120_000)).toBe("2:00");
    expect(formatCountdown(61_001)).toBe("1:02");
    expect(formatCountdown(9_000)).toBe("0:09");
    expect(formatCountdown(-5)).toBe("0:00");
  });

  it("says the remaining time for screen readers", () => {
    expect(describeRemaining(120_000, en)).toBe("2 minutes");
    expect(describeRemaining(90_000, en)).toBe("1 minute 30 seconds");
    expect(describeRemaining(10_000, en)).toBe("10 seconds");
    expect(describeRemaining(1_000, en)).toBe("1 second");
  });
});
