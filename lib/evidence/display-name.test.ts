import { describe, expect, it } from "vitest";
import { displayFileName } from "./display-name";

describe("displayFileName", () => {
  it("keeps an ordinary name as it is", () => {
    expect(displayFileName("Birth certificate (copy).pdf")).toBe("Birth certificate (copy).pdf");
    expect(displayFileName("acta de nacimiento – José.pdf")).toBe("acta de nacimiento – José.pdf");
  });

  it("drops folders, control characters and direction overrides", () => {
    expect(displayFileName("C:\\Users\\ana\\Desktop\\passport.jpg")).toBe("passport.jpg");
    expect(displayFileName("../../etc/passwd.png")).toBe("passwd.png");
    expect(displayFileName("bill\u0000\u0007\r\n.pdf")).toBe("bill.pdf");
    // U+202E would show "invoice_fdp.exe" as "invoice_exe.pdf".
    expect(displayFileName("invoice_\u202Efdp.exe")).toBe("invoice_fdp.exe");
    expect(displayFileName("  many   \t spaces .pdf ")).toBe("many spaces .pdf");
    expect(displayFileName("...hidden.pdf")).toBe("hidden.pdf");
  });

  it("falls back to a plain name with the detected extension", () => {
    expect(displayFileName("", "pdf")).toBe("document.pdf");
    expect(displayFileName("\u0000\u0001", "png")).toBe("document.png");
    expect(displayFileName("/")).toBe("document");
  });

  it("shortens long names to 120 characters and keeps the extension", () => {
    const name = displayFileName(`${"a".repeat(300)}.pdf`);
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith("…pdf") || name.endsWith("….pdf")).toBe(true);
    expect(name.endsWith(".pdf")).toBe(true);
    expect(Array.from(displayFileName("é".repeat(500)))).toHaveLength(120);
  });
});
