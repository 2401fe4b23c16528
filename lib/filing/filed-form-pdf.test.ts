import { describe, expect, it } from "vitest";
import { pdfLines, pdfText } from "@/tests/support/pdf-text";
import { NOT_OFFICIAL_LINE } from "../notices/render-notice-pdf";
import { filedFormFileName, renderFiledFormPdf, type FiledFormData } from "./filed-form-pdf";

const AGENCY = { agencyName: "Example Immigration Agency" };

const data: FiledFormData = {
  formType: "I-765",
  formTitle: "Application for Employment Authorization",
  receiptNumber: "IOE2604512345",
  confirmationNumber: "I765-7KQ2M9TX4H",
  submittedAt: new Date("2026-12-02T10:15:00Z"),
  parts: [
    {
      title: "Part 1. Reason for applying",
      rows: [{ label: "Why are you applying?", value: "I am asking for my first work permit card" }],
    },
    {
      title: "Part 2. Information about you",
      rows: [
        { label: "Family name (last name)", value: "Diaz" },
        { label: "Given name (first name)", value: "Ana" },
        { label: "Date of birth", value: "March 4, 1990" },
      ],
    },
  ],
  certification: "I certify, under penalty of perjury, that the information in this application is complete, true and correct.",
  signature: {
    name: "Ana Diaz",
    signedAt: new Date("2026-12-02T10:10:00Z"),
    address: "203.0.113.7",
    userAgent: "Firefox on Linux",
    timeZone: "America/Chicago",
  },
  feeCents: 47000,
};

describe("renderFiledFormPdf", () => {
  it("shows the answers by part, the numbers, the fee and the signature record, marked as not official", async () => {
    const bytes = await renderFiledFormPdf(data, AGENCY);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const lines = await pdfLines(bytes);
    const text = await pdfText(bytes);
    expect(lines).toContain("Example Immigration Agency");
    expect(lines).toContain("Form I-765, Application for Employment Authorization");
    expect(lines).toContain(NOT_OFFICIAL_LINE);
    expect(lines).toContain("Receipt number: IOE2604512345");
    expect(lines).toContain("Confirmation number: I765-7KQ2M9TX4H");
    expect(lines).toContain("Fee paid: $470.00");
    for (const expected of ["Part 1. Reason for applying", "Part 2. Information about you", "Date of birth", "March 4, 1990"]) {
      expect(lines).toContain(expected);
    }
    expect(text).toContain("I am asking for my first work permit card");
    expect(text).toContain("under penalty of perjury");
    expect(lines).toContain("Signed electronically by typing the full name: Ana Diaz");
    expect(lines).toContain("Date of signature: December 2, 2026 (December 2, 2026 at 4:10 AM CST, America/Chicago)");
    expect(lines).toContain("Signed from network address: 203.0.113.7");
    expect(lines).toContain("Browser: Firefox on Linux");
  });

  it("dates the signature on the signer's own calendar and the filing on the agency's, not by UTC", async () => {
    const evening = new Date("2026-10-01T01:30:00Z");
    const lines = await pdfLines(
      await renderFiledFormPdf(
        { ...data, submittedAt: evening, signature: { ...data.signature, signedAt: evening, timeZone: "America/Los_Angeles" } },
        AGENCY,
      ),
    );
    expect(lines).toContain("Filed: September 30, 2026 at 9:30 PM EDT");
    expect(lines).toContain("Date of signature: September 30, 2026 (September 30, 2026 at 6:30 PM PDT, America/Los_Angeles)");
  });

  it("a form without a receipt number or fee says so, and long forms go on to more pages, each marked", async () => {
    const many = Array.from({ length: 90 }, (_, i) => ({ label: `Question ${i + 1}`, value: `Answer ${i + 1}` }));
    const bytes = await renderFiledFormPdf(
      {
        ...data,
        formType: "AR-11",
        formTitle: "Change of address",
        receiptNumber: null,
        feeCents: 0,
        parts: [{ title: "Part 1", rows: many }],
      },
      AGENCY,
    );
    const lines = await pdfLines(bytes);
    expect(lines.some((line) => line.startsWith("Receipt number"))).toBe(false);
    expect(lines).toContain("Fee paid: $0.00 (no fee for this filing)");
    expect(lines).toContain("Answer 90");
    expect(lines.filter((line) => line === NOT_OFFICIAL_LINE).length).toBeGreaterThan(2);
  });

  it("names the file by receipt number and form, or by confirmation number", () => {
    expect(filedFormFileName("I-765", "IOE2604512345", "I765-7KQ2M9TX4H")).toBe("IOE2604512345-I-765-as-filed.pdf");
    expect(filedFormFileName("AR-11", null, "AR11-7KQ2M9TX4H")).toBe("AR-11-as-filed-AR11-7KQ2M9TX4H.pdf");
  });
});
