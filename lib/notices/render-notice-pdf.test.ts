import { describe, expect, it } from "vitest";
import { pdfLines, pdfText } from "@/tests/support/pdf-text";
import { readerFor } from "@/lib/i18n/translator";
import { NOT_OFFICIAL_LINE, renderNoticePdf, type NoticeData } from "./render-notice-pdf";
import { noticeFileName } from "./notice-kinds";

const AGENCY = { agencyName: "Example Immigration Agency" };
const base: Omit<NoticeData, "kind"> = {
  issuedAt: new Date("2026-11-21T15:00:00Z"),
  case: {
    receiptNumber: "EAC2612345678",
    formType: "I-130",
    applicantName: "Ana Diaz",
    accessCodeExpiresAt: new Date("2027-02-19T15:00:00Z"),
  },
  accountNumber: "012345678901",
};

async function textOf(data: Partial<NoticeData> & Pick<NoticeData, "kind">): Promise<string> {
  const bytes = await renderNoticePdf({ ...base, ...data }, AGENCY);
  expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  return pdfText(bytes);
}

describe("renderNoticePdf", () => {
  it("every notice shows the agency, the case, the notice date and that it is not an official document", async () => {
    for (const kind of ["RECEIPT", "APPROVAL", "DENIAL", "ACCOUNT_ACCESS"] as const) {
      const lines = await pdfLines(await renderNoticePdf({ ...base, kind }, AGENCY));
      expect(lines).toContain("Example Immigration Agency");
      expect(lines).toContain("Receipt number: EAC2612345678");
      expect(lines).toContain("Form: I-130, Petition for Alien Relative");
      expect(lines).toContain("Applicant: Ana Diaz");
      expect(lines).toContain("Account number: 0123 4567 8901");
      expect(lines).toContain("Notice date: November 21, 2026");
      expect(lines).toContain(NOT_OFFICIAL_LINE);
    }
  });

  it("a notice of a case no account has yet says so where the account number goes", async () => {
    const lines = await pdfLines(await renderNoticePdf({ ...base, kind: "ACCOUNT_ACCESS", accountNumber: null }, AGENCY));
    expect(lines).toContain("Account number: not yet added to an online account");
  });

  it("a receipt notice is titled as the I-797C and says receipt is not approval", async () => {
    const text = await textOf({ kind: "RECEIPT" });
    expect(text).toContain("Receipt notice (I-797C)");
    expect(text).toContain("it does not mean that it was approved");
  });

  it("the receipt notice of an online filing shows the receipt date and the fee paid; paper ones do not", async () => {
    const online = await pdfLines(
      await renderNoticePdf(
        {
          ...base,
          kind: "RECEIPT",
          issuedAt: new Date("2026-12-02T10:15:00Z"),
          case: {
            ...base.case,
            receiptNumber: "IOE2604512345",
            formType: "I-765",
            filing: { submittedAt: new Date("2026-12-02T10:15:00Z"), feeCents: 47000 },
          },
        },
        AGENCY,
      ),
    );
    expect(online).toContain("Receipt number: IOE2604512345");
    expect(online).toContain("Form: I-765, Application for Employment Authorization");
    expect(online).toContain("Applicant: Ana Diaz");
    expect(online).toContain("Received date: December 2, 2026");
    expect(online).toContain("Fee paid: $470.00");
    const exempt = await textOf({ kind: "RECEIPT", case: { ...base.case, filing: { submittedAt: base.issuedAt, feeCents: 0 } } });
    expect(exempt).toContain("Fee paid: $0.00 (no fee for this filing)");
    expect(await textOf({ kind: "RECEIPT" })).not.toContain("Fee paid");
  });

  it("without a reader, a notice is dated on the agency's calendar, not UTC's", async () => {
    const evening = new Date("2026-10-01T01:30:00Z");
    expect(await textOf({ kind: "RECEIPT", issuedAt: evening })).toContain("Notice date: September 30, 2026");
  });

  it("appointment and interview notices give the date, time and place", async () => {
    const appointmentAt = new Date("2026-12-01T09:00:00Z");
    const biometrics = await textOf({
      kind: "BIOMETRICS_APPOINTMENT",
      appointmentAt,
      location: "Application Support Center, 26 Federal Plaza, New York",
    });
    expect(biometrics).toContain("Biometrics appointment notice (I-797C)");
    // Without a reader (an officer's download, a notice to mail): on the agency's calendar.
    expect(biometrics).toContain("Date and time: December 1, 2026 at 4:00 AM EST");
    expect(biometrics).toContain("Place: Application Support Center, 26 Federal Plaza, New York");
    const interview = await textOf({ kind: "INTERVIEW", appointmentAt, location: "Field Office, Boston" });
    expect(interview).toContain("Interview notice (I-797C)");
    expect(interview).toContain("Place: Field Office, Boston");
  });

  it("a request for evidence lists what is needed and the due date", async () => {
    const text = await textOf({
      kind: "REQUEST_FOR_EVIDENCE",
      evidenceRequest: {
        instructions: "A copy of your marriage certificate.\nProof of joint residence, such as a lease.",
        dueAt: new Date("2026-12-31T23:59:59Z"),
      },
    });
    expect(text).toContain("Request for evidence");
    expect(text).toContain("A copy of your marriage certificate.");
    expect(text).toContain("Proof of joint residence, such as a lease.");
    expect(text).toContain("Respond by: December 31, 2026");
  });

  it("approval and denial notices name the decision on the form", async () => {
    expect(await textOf({ kind: "APPROVAL" })).toContain("Your Form I-130, Petition for Alien Relative has been approved.");
    const denial = await textOf({ kind: "DENIAL" });
    expect(denial).toContain("Denial notice");
    expect(denial).toContain("We have denied your Form I-130, Petition for Alien Relative.");
  });

  it("the Account Access Notice carries the code and its expiry only when given the code", async () => {
    const withCode = await textOf({
      kind: "ACCOUNT_ACCESS",
      accessCode: { code: "7KQ2-M9TX-4HPB", expiresAt: new Date("2027-02-19T15:00:00Z") },
    });
    expect(withCode).toContain("Account Access Notice");
    expect(withCode).toContain("Online Access Code: 7KQ2-M9TX-4HPB");
    expect(withCode).toContain("It expires on February 19, 2027.");
    const copy = await textOf({ kind: "ACCOUNT_ACCESS" });
    expect(copy).not.toContain("7KQ2");
    expect(copy).toContain("The Online Access Code was printed on the Account Access Notice mailed to you.");
  });

  it("draws names the standard fonts cannot, and wraps long instructions onto more pages", async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Item ${i + 1}: a document we need.`).join("\n");
    const bytes = await renderNoticePdf(
      {
        ...base,
        kind: "REQUEST_FOR_EVIDENCE",
        case: { ...base.case, applicantName: "Zoë 李伟 Núñez" },
        evidenceRequest: { instructions: long, dueAt: new Date("2026-12-31T00:00:00Z") },
      },
      AGENCY,
    );
    const lines = await pdfLines(bytes);
    expect(lines).toContain("Applicant: Zoë ?? Núñez");
    expect(lines).toContain("Item 120: a document we need.");
    expect(lines.filter((line) => line === NOT_OFFICIAL_LINE).length).toBeGreaterThan(2);
  });

  it("names the file by receipt number, kind and date", () => {
    expect(noticeFileName("EAC2612345678", "RECEIPT", new Date("2026-11-21T15:00:00Z"))).toBe(
      "EAC2612345678-receipt-notice-2026-11-21.pdf",
    );
    expect(noticeFileName("EAC2612345678", "REQUEST_FOR_EVIDENCE", new Date("2026-11-21T15:00:00Z"))).toBe(
      "EAC2612345678-request-for-evidence-2026-11-21.pdf",
    );
  });
});

describe("renderNoticePdf for a Spanish reader", () => {
  const spanish = { ...AGENCY, reader: readerFor("es", "America/Chicago") };

  it("writes the notice in Spanish, keeps the English title for the record, and gives times in the reader's zone, named", async () => {
    const lines = await pdfLines(
      await renderNoticePdf(
        { ...base, kind: "INTERVIEW", appointmentAt: new Date("2026-12-15T15:00:00Z"), location: "Field Office, Boston" },
        spanish,
      ),
    );
    expect(lines).toContain("Interview notice (I-797C)");
    expect(lines).toContain("En español: Aviso de entrevista (I-797C)");
    expect(lines).toContain("Programamos una entrevista para su caso.");
    expect(lines).toContain("Número de recibo: EAC2612345678");
    expect(lines).toContain("Solicitante: Ana Diaz");
    expect(lines).toContain("Formulario: I-130, Petición de Familiar Extranjero");
    expect(lines).toContain("Fecha del aviso: 21 de noviembre de 2026");
    expect(lines).toContain("Fecha y hora: 15 de diciembre de 2026 a las 9:00 a.m. CST");
    expect(lines).toContain("Lugar: Field Office, Boston");
    expect(lines).toContain("Emitido a través de un portal independiente para solicitantes. No es un documento oficial del gobierno.");
    expect(lines.join(" ")).not.toContain("We scheduled an interview");
  });

  it("a request for evidence in Spanish keeps the officer's instructions as written, with the due date in Spanish", async () => {
    const text = await pdfText(
      await renderNoticePdf(
        {
          ...base,
          kind: "REQUEST_FOR_EVIDENCE",
          evidenceRequest: { instructions: "A copy of your marriage certificate.", dueAt: new Date("2026-12-31T23:59:59.999Z") },
        },
        spanish,
      ),
    );
    expect(text).toContain("Request for evidence");
    expect(text).toContain("En español: Solicitud de Evidencia");
    expect(text).toContain("Necesitamos más evidencia antes de poder decidir su caso.");
    expect(text).toContain("A copy of your marriage certificate.");
    // A due day is kept as its last moment in UTC, and read as that day (not 5:59 PM on it in Chicago).
    expect(text).toContain("Responda a más tardar el: 31 de diciembre de 2026");
  });
});
