import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { suggestedPasskeyName, zPasskeyName } from "./passkey-name";

const CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

describe("passkey names", () => {
  it("suggests the browser and system, or plain 'Passkey' when they are unknown", () => {
    const en = readerFor("en", "UTC");
    expect(suggestedPasskeyName(CHROME_LINUX, en)).toBe("Passkey on Chrome on Linux");
    expect(suggestedPasskeyName(null, en)).toBe("Passkey");
  });

  it("suggests the name in the person's language, since it is saved as their own label", () => {
    const es = readerFor("es", "UTC");
    expect(suggestedPasskeyName(CHROME_LINUX, es)).toBe("Llave de acceso de Chrome en Linux");
    expect(suggestedPasskeyName(null, es)).toBe("Llave de acceso");
  });

  it("trims names and refuses empty, over-long and control-character names", () => {
    expect(zPasskeyName.parse("  Work laptop ")).toBe("Work laptop");
    for (const bad of ["", "   ", "x".repeat(61), "a\u0007b", 42]) expect(zPasskeyName.safeParse(bad).success).toBe(false);
  });
});
