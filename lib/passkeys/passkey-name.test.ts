import { describe, expect, it } from "vitest";
import { suggestedPasskeyName, zPasskeyName } from "./passkey-name";

const CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

describe("passkey names", () => {
  it("suggests the browser and system, or plain 'Passkey' when they are unknown", () => {
    expect(suggestedPasskeyName(CHROME_LINUX)).toBe("Passkey on Chrome on Linux");
    expect(suggestedPasskeyName(null)).toBe("Passkey");
  });

  it("trims names and refuses empty, over-long and control-character names", () => {
    expect(zPasskeyName.parse("  Work laptop ")).toBe("Work laptop");
    for (const bad of ["", "   ", "x".repeat(61), "a\u0007b", 42]) expect(zPasskeyName.safeParse(bad).success).toBe(false);
  });
});
