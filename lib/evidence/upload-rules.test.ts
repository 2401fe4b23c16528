import { describe, expect, it } from "vitest";
import { isChosenFile } from "@/lib/actions/form-input";
import { readerFor } from "@/lib/i18n/translator";
import { detectFileType, formatFileSize, MAX_UPLOAD_BYTES, sizeProblem, UPLOAD_MESSAGES } from "./upload-rules";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("detectFileType", () => {
  it("knows PDF, JPEG and PNG by their first bytes", () => {
    expect(detectFileType(Buffer.from("%PDF-1.7\n..."))?.contentType).toBe("application/pdf");
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))?.contentType).toBe("image/jpeg");
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))?.contentType).toBe("image/png");
  });

  it("refuses everything else, whatever the file claims to be", () => {
    expect(detectFileType(Buffer.from("MZ\x90\x00\x03 this program cannot be run in DOS mode"))).toBeNull();
    expect(detectFileType(Buffer.from("\x7fELF"))).toBeNull();
    expect(detectFileType(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectFileType(Buffer.from("PK\x03\x04 a zip or docx"))).toBeNull();
    expect(detectFileType(Buffer.from(" %PDF-1.7"))).toBeNull();
    expect(detectFileType(Buffer.from("%PDF"))).toBeNull();
  });

  it("refuses signatures cut short", () => {
    expect(detectFileType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});

describe("sizeProblem", () => {
  it("tells a missing file from an empty one, and refuses more than 10 MB", () => {
    // "No file chosen" is an empty, nameless part, not a file; a chosen file can still be empty.
    expect(isChosenFile(new File([], ""))).toBe(false);
    expect(isChosenFile(new File([], "letter.pdf"))).toBe(true);
    expect(sizeProblem({ size: 0 })).toBe(UPLOAD_MESSAGES.empty);
    expect(sizeProblem({ size: MAX_UPLOAD_BYTES })).toBeNull();
    const { text } = readerFor("en", "UTC");
    expect(text(sizeProblem({ size: MAX_UPLOAD_BYTES + 1 })!)).toBe("The selected file must be 10 MB or smaller. This file is 10.1 MB.");
    expect(text(sizeProblem({ size: 12.5 * 1024 * 1024 })!)).toBe("The selected file must be 10 MB or smaller. This file is 12.5 MB.");
    expect(readerFor("es", "UTC").text(sizeProblem({ size: 0 })!)).toBe(
      "El archivo seleccionado está vacío. Elija un archivo que contenga su documento.",
    );
  });

  it("writes sizes as people read them", () => {
    expect(formatFileSize(900)).toBe("900 bytes");
    expect(formatFileSize(2048)).toBe("2 KB");
    expect(formatFileSize(2.4 * 1024 * 1024)).toBe("2.4 MB");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10 MB");
  });
});
