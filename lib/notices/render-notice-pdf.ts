import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { NoticeKind } from "../generated/prisma/client";
import { formName } from "../cases/forms";
import { formatAccountNumber } from "../account/account-number";
import { formatUtcDate, formatUtcDateTime } from "../format";
import { formatCents } from "../payments/money";
import { noticeTitle } from "./notice-kinds";

// A notice as a PDF, drawn from the case data. Standard fonts only, so the text stays extractable
// and nothing is embedded; no seals or marks that could pass for an official document.

export const NOT_OFFICIAL_LINE = "Issued through an independent applicant portal. Not an official government document.";

export type NoticeData = {
  kind: NoticeKind;
  issuedAt: Date;
  appointmentAt?: Date | null;
  location?: string | null;
  case: {
    receiptNumber: string;
    formType: string;
    applicantName: string;
    accessCodeExpiresAt?: Date | null;
    /** Cases filed online through the portal: when it was received and the fee paid (integer cents). */
    filing?: { submittedAt: Date | null; feeCents: number | null } | null;
  };
  /** The account number of the account the case belongs to; null while no account has it. */
  accountNumber: string | null;
  /** Request for evidence notices: what is asked for and by when. */
  evidenceRequest?: { instructions: string; dueAt: Date } | null;
  /** Account Access Notice at intake only: the plaintext code is never stored, so later copies go without it. */
  accessCode?: { code: string; expiresAt: Date } | null;
};

type Block = { text: string; bold?: boolean; size?: number; gapBefore?: number };

const PAGE = { width: 612, height: 792, margin: 60 };
const BODY_SIZE = 11;

function paragraphs(data: NoticeData): Block[] {
  const form = `Form ${data.case.formType}, ${formName(data.case.formType)}`;
  const p = (text: string, extra: Partial<Block> = {}): Block => ({ text, gapBefore: 8, ...extra });
  const appointment = () => [
    p(`Date and time: ${data.appointmentAt ? formatUtcDateTime(data.appointmentAt) : "to be announced"}`, { bold: true }),
    p(`Place: ${data.location?.trim() || "the office shown in your online account"}`, { bold: true, gapBefore: 2 }),
  ];
  switch (data.kind) {
    case "RECEIPT":
      return [
        p(`We received your ${form}. This notice confirms that your case was received; it does not mean that it was approved.`),
        p("Keep this notice. Your receipt number identifies your case: use it whenever you contact us and to follow your case online."),
        p("We will tell you if we need anything else from you, such as a biometrics appointment or more evidence."),
      ];
    case "BIOMETRICS_APPOINTMENT":
      return [
        p("We scheduled an appointment to take your fingerprints, photograph and signature for your case."),
        ...appointment(),
        p(
          "Bring this notice and a photo identity document, such as a passport or driver's license. If you cannot attend, ask to reschedule before the appointment date.",
        ),
      ];
    case "INTERVIEW":
      return [
        p("We scheduled an interview for your case."),
        ...appointment(),
        p(
          "Bring this notice, a photo identity document, and the originals of the documents you submitted with your form. If you cannot attend, ask to reschedule before the interview date.",
        ),
      ];
    case "REQUEST_FOR_EVIDENCE": {
      const request = data.evidenceRequest;
      return [
        p("We need more evidence before we can decide your case."),
        p("What we need:", { bold: true }),
        ...(request?.instructions ?? "See the request for evidence in your online account.")
          .split(/\r?\n/)
          .map((line) => p(line, { gapBefore: 2 })),
        p(`Respond by: ${request ? formatUtcDate(request.dueAt) : "see your online account"}`, { bold: true }),
        p(
          'To respond online, open this case in your account and choose "Respond to request for evidence". If we do not receive your response by the due date, we may decide your case on the evidence we have.',
        ),
      ];
    }
    case "APPROVAL":
      return [
        p(`Your ${form} has been approved.`),
        p(
          "If a card or document comes with this approval, it will be mailed to the address we have for you. Keep your address up to date.",
        ),
      ];
    case "DENIAL":
      return [
        p(`We have denied your ${form}.`),
        p(
          "You may be able to file an appeal or a motion to reopen or reconsider within 30 days of this notice (33 days if it was mailed to you). You may want help from an attorney or accredited representative.",
        ),
      ];
    case "ACCOUNT_ACCESS":
      if (data.accessCode) {
        return [
          p(
            'Your case was filed on paper. To follow it online, sign in to your account, choose "Add a paper-filed case", and enter your receipt number and this Online Access Code:',
          ),
          p(`Online Access Code: ${data.accessCode.code}`, { bold: true, size: 14, gapBefore: 12 }),
          p(`The code can be used once. It expires on ${formatUtcDate(data.accessCode.expiresAt)}.`, { gapBefore: 12 }),
          p("Keep this code private: anyone with it and your receipt number can add your case to an online account."),
        ];
      }
      return [
        p(
          'Your case was filed on paper. To follow it online, sign in to your account, choose "Add a paper-filed case", and enter your receipt number and the Online Access Code.',
        ),
        p(
          "The Online Access Code was printed on the Account Access Notice mailed to you. For your security it is not kept and is not shown on this copy.",
        ),
        ...(data.case.accessCodeExpiresAt ? [p(`That code expires on ${formatUtcDate(data.case.accessCodeExpiresAt)}.`)] : []),
      ];
  }
}

/** What the receipt notice of an online filing says about the fee. */
export function feePaidLine(cents: number | null): string {
  return cents ? formatCents(cents) : "$0.00 (no fee for this filing)";
}

/** Replaces characters the standard fonts cannot draw, so any applicant name renders. */
export function drawable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/[\u00a0\u202f\t]/g, " ")]
    .map((char) => {
      if (supported.has(char.codePointAt(0)!)) return char;
      const plain = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      return [...plain].every((c) => supported.has(c.codePointAt(0)!)) && plain ? plain : "?";
    })
    .join("");
}

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

export async function renderNoticePdf(data: NoticeData, options: { agencyName: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = noticeTitle(data.kind);
  pdf.setTitle(`${title}: ${data.case.receiptNumber}`);
  pdf.setAuthor(options.agencyName);
  pdf.setCreator("Applicant portal");
  pdf.setProducer("Applicant portal");
  pdf.setCreationDate(data.issuedAt);
  pdf.setModificationDate(data.issuedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.1);
  const muted = rgb(0.35, 0.35, 0.35);
  const textWidth = PAGE.width - 2 * PAGE.margin;

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const footer = (target: PDFPage) => {
    target.drawText(drawable(NOT_OFFICIAL_LINE, regular), { x: PAGE.margin, y: PAGE.margin - 24, size: 8, font: regular, color: muted });
  };
  footer(page);
  const draw = (block: Block) => {
    const font = block.bold ? bold : regular;
    const size = block.size ?? BODY_SIZE;
    y -= block.gapBefore ?? 0;
    for (const line of wrap(drawable(block.text, font), font, size, textWidth)) {
      if (y - size < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        footer(page);
        y = PAGE.height - PAGE.margin;
      }
      y -= size;
      page.drawText(line, { x: PAGE.margin, y, size, font, color: ink });
      y -= size * 0.45;
    }
  };

  draw({ text: options.agencyName, bold: true, size: 13 });
  draw({ text: title, bold: true, size: 20, gapBefore: 10 });
  draw({ text: NOT_OFFICIAL_LINE, size: 9, gapBefore: 4 });
  y -= 10;
  page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 1, color: muted });
  y -= 6;
  const facts: [string, string][] = [
    ["Receipt number", data.case.receiptNumber],
    ["Form", `${data.case.formType}, ${formName(data.case.formType)}`],
    ["Applicant", data.case.applicantName],
    ["Account number", data.accountNumber ? formatAccountNumber(data.accountNumber) : "not yet added to an online account"],
    ["Notice date", formatUtcDate(data.issuedAt)],
  ];
  const filing = data.kind === "RECEIPT" ? data.case.filing : null;
  if (filing) {
    facts.push(["Received date", formatUtcDate(filing.submittedAt ?? data.issuedAt)]);
    facts.push(["Filed", "Online, through the applicant portal"]);
    facts.push(["Fee paid", feePaidLine(filing.feeCents)]);
  }
  for (const [label, value] of facts) draw({ text: `${label}: ${value}`, gapBefore: 4 });
  y -= 6;
  page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 1, color: muted });
  y -= 6;
  for (const block of paragraphs(data)) draw(block);
  return pdf.save();
}
