import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { AGENCY_TIME_ZONE } from "../agency/agency-calendar";
import { formatDateIn, formatDateTimeIn } from "../format";
import { drawable, feePaidLine, NOT_OFFICIAL_LINE, wrap } from "../notices/render-notice-pdf";

// The filed form as a PDF, kept in the case's documents: the answers by part in the order of the
// definition's PDF layout, the statement the applicant certified and the signature record. Drawn
// with the standard fonts like the notices, so its text stays extractable, and marked on every page
// as not an official document.

export type FiledFormPart = { title: string; rows: { label: string; value: string }[] };

export type FiledFormData = {
  formType: string;
  formTitle: string;
  /** Forms that make a case; null for the others (a change of address). */
  receiptNumber: string | null;
  confirmationNumber: string;
  submittedAt: Date;
  parts: readonly FiledFormPart[];
  certification: string;
  /** `timeZone`: the signer's own, which dates the signature as they saw it. */
  signature: { name: string; signedAt: Date; address: string | null; userAgent: string | null; timeZone: string };
  /** The fee paid, in integer cents (0: none). */
  feeCents: number;
};

const PAGE = { width: 612, height: 792, margin: 56 };
const SIZE = 10;

type Style = { font: PDFFont; size: number; color: ReturnType<typeof rgb>; indent?: number; gapBefore?: number };

export async function renderFiledFormPdf(data: FiledFormData, options: { agencyName: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = `Form ${data.formType}, ${data.formTitle}`;
  pdf.setTitle(`${title}: as filed online`);
  pdf.setAuthor(options.agencyName);
  pdf.setCreator("Applicant portal");
  pdf.setProducer("Applicant portal");
  pdf.setCreationDate(data.submittedAt);
  pdf.setModificationDate(data.submittedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.1);
  const muted = rgb(0.35, 0.35, 0.35);
  const width = PAGE.width - 2 * PAGE.margin;

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const footer = (target: PDFPage) =>
    target.drawText(drawable(NOT_OFFICIAL_LINE, regular), { x: PAGE.margin, y: PAGE.margin - 24, size: 8, font: regular, color: muted });
  footer(page);
  const newPageIfBelow = (needed: number) => {
    if (y - needed >= PAGE.margin) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    footer(page);
    y = PAGE.height - PAGE.margin;
  };
  const draw = (text: string, style: Style) => {
    const indent = style.indent ?? 0;
    y -= style.gapBefore ?? 0;
    for (const line of wrap(drawable(text, style.font), style.font, style.size, width - indent)) {
      newPageIfBelow(style.size);
      y -= style.size;
      page.drawText(line, { x: PAGE.margin + indent, y, size: style.size, font: style.font, color: style.color });
      y -= style.size * 0.45;
    }
  };
  const rule = () => {
    y -= 6;
    newPageIfBelow(2);
    page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 1, color: muted });
    y -= 6;
  };
  const body = (text: string, extra: Partial<Style> = {}) => draw(text, { font: regular, size: SIZE, color: ink, gapBefore: 3, ...extra });

  draw(options.agencyName, { font: bold, size: 12, color: ink });
  draw(title, { font: bold, size: 17, color: ink, gapBefore: 8 });
  draw("As filed online", { font: regular, size: 12, color: ink, gapBefore: 2 });
  draw(NOT_OFFICIAL_LINE, { font: regular, size: 9, color: muted, gapBefore: 4 });
  rule();
  if (data.receiptNumber) body(`Receipt number: ${data.receiptNumber}`);
  body(`Confirmation number: ${data.confirmationNumber}`);
  // Filed on the agency's calendar, the day its receipt number counts.
  body(`Filed: ${formatDateTimeIn(data.submittedAt, AGENCY_TIME_ZONE)}`);
  body(`Fee paid: ${feePaidLine(data.feeCents)}`);
  rule();

  for (const part of data.parts) {
    newPageIfBelow(40);
    draw(part.title, { font: bold, size: 13, color: ink, gapBefore: 10 });
    for (const row of part.rows) {
      newPageIfBelow(2 * SIZE + 8);
      draw(row.label, { font: bold, size: SIZE, color: ink, gapBefore: 6 });
      for (const line of (row.value || "(no answer)").split(/\r?\n/)) body(line, { gapBefore: 1, indent: 12 });
    }
  }

  newPageIfBelow(120);
  draw("Applicant's statement and signature", { font: bold, size: 13, color: ink, gapBefore: 14 });
  body(data.certification);
  body(`Signed electronically by typing the full name: ${data.signature.name}`, { font: bold, gapBefore: 8 });
  const { signedAt, timeZone } = data.signature;
  body(`Date of signature: ${formatDateIn(signedAt, timeZone)} (${formatDateTimeIn(signedAt, timeZone)}, ${timeZone})`);
  body(`Signed from network address: ${data.signature.address ?? "not recorded"}`);
  body(`Browser: ${data.signature.userAgent ?? "not recorded"}`);
  return pdf.save();
}

/** EAC2612345678-I-765-as-filed.pdf, or I-765-as-filed-AR11-….pdf without a receipt number. */
export function filedFormFileName(formType: string, receiptNumber: string | null, confirmationNumber: string): string {
  return receiptNumber ? `${receiptNumber}-${formType}-as-filed.pdf` : `${formType}-as-filed-${confirmationNumber}.pdf`;
}
