import { describe, expect, it } from "vitest";
import { displayFileName, fileNameForType } from "./display-name";

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

describe("fileNameForType", () => {
  it("replaces a wrong extension with the detected type's", () => {
    expect(fileNameForType("passport-scan.html", "png")).toBe("passport-scan.png");
    expect(fileNameForType("marriage-certificate.hta", "pdf")).toBe("marriage-certificate.pdf");
    expect(fileNameForType("photo.png", "jpg")).toBe("photo.jpg");
    expect(fileNameForType("letter.pdf.exe", "pdf")).toBe("letter.pdf.pdf");
    expect(fileNameForType("scan.HTML", "png")).toBe("scan.png");
  });

  it("adds the extension when there is none", () => {
    expect(fileNameForType("passport scan", "png")).toBe("passport scan.png");
    expect(fileNameForType("Mr. Smith letter", "pdf")).toBe("Mr. Smith letter.pdf");
    expect(fileNameForType("version 1.2 final", "jpg")).toBe("version 1.2 final.jpg");
    expect(fileNameForType("", "pdf")).toBe("document.pdf");
  });

  it("keeps a right extension as written, JPEG's longer one too", () => {
    expect(fileNameForType("Birth certificate (copy).pdf", "pdf")).toBe("Birth certificate (copy).pdf");
    expect(fileNameForType("photo.JPEG", "jpg")).toBe("photo.JPEG");
    expect(fileNameForType("photo.jpg", "jpg")).toBe("photo.jpg");
    expect(fileNameForType("SCAN.PNG", "png")).toBe("SCAN.PNG");
  });

  it("still cleans the name, and no trailing dot or space brings the old extension back", () => {
    expect(fileNameForType("C:\\Users\\ana\\passport.html", "png")).toBe("passport.png");
    expect(fileNameForType("invoice_\u202Efdp.exe", "pdf")).toBe("invoice_fdp.pdf");
    expect(fileNameForType("page.html. .", "png")).toBe("page.html.png");
    expect(fileNameForType("...", "png")).toBe("document.png");
  });

  it("keeps long names at 120 characters, ending in the detected extension", () => {
    const name = fileNameForType(`${"a".repeat(300)}.html`, "png");
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith("….png")).toBe(true);
  });
});
