import { describe, expect, it } from "vitest";
import { attachmentDisposition, downloadHeaders, downloadNotFound } from "./download";

describe("downloadHeaders", () => {
  it("saves the file under its name, with its type, and keeps no copy", () => {
    expect(downloadHeaders({ name: "EAC2612345678-receipt-notice-2026-11-21.pdf", contentType: "application/pdf", size: 1234 })).toEqual({
      "Content-Type": "application/pdf",
      "Content-Length": "1234",
      "Content-Disposition": `attachment; filename="EAC2612345678-receipt-notice-2026-11-21.pdf"; filename*=UTF-8''EAC2612345678-receipt-notice-2026-11-21.pdf`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  it("offers the file under the extension of the type read from its bytes", () => {
    const headers = downloadHeaders({ name: "passport-scan.html", contentType: "image/png", size: 10 });
    expect(headers["Content-Type"]).toBe("image/png");
    expect(headers["Content-Disposition"]).toBe(`attachment; filename="passport-scan.png"; filename*=UTF-8''passport-scan.png`);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(downloadHeaders({ name: "scan", contentType: "image/jpeg", size: 10 })["Content-Disposition"]).toContain(`filename="scan.jpg"`);
  });

  it("answers 'not there' and 'not yours' with the same plain 404", async () => {
    const response = downloadNotFound();
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe("Not found");
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("José résumé.pdf")).toBe(
      `attachment; filename="Jose resume.pdf"; filename*=UTF-8''Jos%C3%A9%20r%C3%A9sum%C3%A9.pdf`,
    );
  });

  it("keeps the quoted name plain and encodes what RFC 5987 does not allow", () => {
    expect(attachmentDisposition('notice "é" (1)\'s.pdf')).toBe(
      `attachment; filename="notice _e_ (1)'s.pdf"; filename*=UTF-8''notice%20%22%C3%A9%22%20%281%29%27s.pdf`,
    );
  });

  it("cannot be broken out of by quotes, semicolons or line breaks in the name", () => {
    const header = attachmentDisposition('evil";\r\nSet-Cookie: x=1; a=".pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith(`attachment; filename="evil__Set-Cookie: x=1_ a=_.pdf"; filename*=UTF-8''`)).toBe(true);
    expect(header).toContain("evil%22%3BSet-Cookie");
  });

  it("falls back to a neutral name when nothing printable is left", () => {
    expect(attachmentDisposition("文件")).toMatch(/^attachment; filename="download"; filename\*=UTF-8''%E6%96%87%E4%BB%B6$/);
  });
});
