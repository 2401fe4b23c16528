import { describe, expect, it } from "vitest";
import { describeIdleLimit, describeRemaining, formatCountdown, timedOutMessage } from "./idle-limit-text";

describe("the idle timeout in words", () => {
  it("names whole minutes, and seconds for the shortened timeouts tests use", () => {
    expect(describeIdleLimit(15)).toBe("15 minutes");
    expect(describeIdleLimit(1)).toBe("1 minute");
    expect(describeIdleLimit(0.75)).toBe("45 seconds");
    expect(timedOutMessage(15)).toMatch(/^You were signed out after 15 minutes without activity/);
  });

  it("counts down as m:ss, never below 0:00", () => {
    expect(formatCountdown(120_000)).toBe("2:00");
    expect(formatCountdown(61_001)).toBe("1:02");
    expect(formatCountdown(9_000)).toBe("0:09");
    expect(formatCountdown(-5)).toBe("0:00");
  });

  it("says the remaining time for screen readers", () => {
    expect(describeRemaining(120_000)).toBe("2 minutes");
    expect(describeRemaining(90_000)).toBe("1 minute 30 seconds");
    expect(describeRemaining(10_000)).toBe("10 seconds");
    expect(describeRemaining(1_000)).toBe("1 second");
  });
});
