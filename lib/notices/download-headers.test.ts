import { describe, expect, it } from "vitest";
import { pdfDownloadHeaders } from "./download-headers";

describe("pdfDownloadHeaders", () => {
  it("saves the file under its name, as a PDF, and keeps no copy", () => {
    expect(pdfDownloadHeaders("EAC2612345678-receipt-notice-2026-11-21.pdf", 1234)).toEqual({
      "Content-Type": "application/pdf",
      "Content-Length": "1234",
      "Content-Disposition": `attachment; filename="EAC2612345678-receipt-notice-2026-11-21.pdf"; filename*=UTF-8''EAC2612345678-receipt-notice-2026-11-21.pdf`,
      "Cache-Control": "no-store, max-age=0",
      "X-Content-Type-Options": "nosniff",
    });
  });

  it("keeps the quoted name plain and puts other characters only in the encoded one", () => {
    const disposition = pdfDownloadHeaders("notice \"é\" (1)'s.pdf", 1)["Content-Disposition"];
    expect(disposition).toBe(`attachment; filename="notice______1__s.pdf"; filename*=UTF-8''notice%20%22%C3%A9%22%20%281%29%27s.pdf`);
  });
});
