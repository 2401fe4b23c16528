import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { NoticeKind } from "../generated/prisma/client";
import { formName } from "../cases/forms";
import { formatAccountNumber } from "../account/account-number";
import { AGENCY_TIME_ZONE } from "../agency/agency-calendar";
import { readerFor, type Reader } from "../i18n/translator";
import { formatCents } from "../payments/money";
import { appointmentTime } from "../appointments/appointment-time";
import { noticeTitle } from "./notice-kinds";

// A notice as a PDF, drawn from the case data. Standard fonts only, so the text stays extractable
// and nothing is embedded; no seals or marks that could pass for an official document.

/**
 * The reader a notice is written for when no person is named (an officer's download, the agency
 * command, a notice to mail): English, dated on the agency's calendar, as a notice it mails is.
 */
const AGENCY_READER = () => readerFor("en", AGENCY_TIME_ZONE);

/** The not-official line in English (the filed-form PDF prints it too). */
export const NOT_OFFICIAL_LINE = AGENCY_READER().t("notices.pdf.notOfficial");

export type NoticeData = {
  kind: NoticeKind;
  issuedAt: Date;
  appointmentAt?: Date | null;
  location?: string | null;
  /** The appointment office's time zone: the time is printed on its clock, the reader's own alongside. */
  officeTimeZone?: string | null;
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

/** The PDF's producer field: the software's name, not a text a person reads. */
const PRODUCER = "Applicant portal";

type Block = { text: string; bold?: boolean; size?: number; gapBefore?: number };

const PAGE = { width: 612, height: 792, margin: 60 };
const BODY_SIZE = 11;

function paragraphs(data: NoticeData, reader: Reader): Block[] {
  const { t, format, text } = reader;
  const form = t("notices.pdf.formName", { formType: data.case.formType, formName: text(formName(data.case.formType)) });
  const date = (at: Date) => format.dateTime(at, "date");
  const p = (text: string, extra: Partial<Block> = {}): Block => ({ text, gapBefore: 8, ...extra });
  const appointment = () => [
    p(
      t("notices.pdf.dateAndTime", {
        value: data.appointmentAt
          ? appointmentTime(reader, data.appointmentAt, data.officeTimeZone ?? null)
          : t("notices.pdf.toBeAnnounced"),
      }),
      {
        bold: true,
      },
    ),
    p(t("notices.pdf.place", { value: data.location?.trim() || t("notices.pdf.placeInAccount") }), { bold: true, gapBefore: 2 }),
  ];
  switch (data.kind) {
    case "RECEIPT":
      return [p(t("notices.pdf.receipt.received", { form })), p(t("notices.pdf.receipt.keep")), p(t("notices.pdf.receipt.next"))];
    case "BIOMETRICS_APPOINTMENT":
      return [p(t("notices.pdf.biometrics.scheduled")), ...appointment(), p(t("notices.pdf.biometrics.bring"))];
    case "INTERVIEW":
      return [p(t("notices.pdf.interview.scheduled")), ...appointment(), p(t("notices.pdf.interview.bring"))];
    case "REQUEST_FOR_EVIDENCE": {
      const request = data.evidenceRequest;
      return [
        p(t("notices.pdf.evidence.needMore")),
        p(t("notices.pdf.evidence.whatWeNeed"), { bold: true }),
        // The officer's instructions are shown as they were written.
        ...(request?.instructions ?? t("notices.pdf.evidence.seeAccount")).split(/\r?\n/).map((line) => p(line, { gapBefore: 2 })),
        p(
          t("notices.pdf.evidence.respondBy", {
            value: request ? format.dateTime(request.dueAt, "dueDay") : t("notices.pdf.evidence.seeAccountDate"),
          }),
          {
            bold: true,
          },
        ),
        p(t("notices.pdf.evidence.howToRespond")),
      ];
    }
    case "APPROVAL":
      return [p(t("notices.pdf.approval.approved", { form })), p(t("notices.pdf.approval.mailed"))];
    case "DENIAL":
      return [p(t("notices.pdf.denial.denied", { form })), p(t("notices.pdf.denial.appeal"))];
    case "ACCOUNT_ACCESS":
      if (data.accessCode) {
        return [
          p(t("notices.pdf.access.withCode")),
          p(t("notices.pdf.access.code", { code: data.accessCode.code }), { bold: true, size: 14, gapBefore: 12 }),
          p(t("notices.pdf.access.expires", { date: date(data.accessCode.expiresAt) }), { gapBefore: 12 }),
          p(t("notices.pdf.access.private")),
        ];
      }
      return [
        p(t("notices.pdf.access.withoutCode")),
        p(t("notices.pdf.access.notKept")),
        ...(data.case.accessCodeExpiresAt
          ? [p(t("notices.pdf.access.thatCodeExpires", { date: date(data.case.accessCodeExpiresAt) }))]
          : []),
      ];
  }
}

/** What the receipt notice of an online filing says about the fee. */
export function feePaidLine(cents: number | null, reader: Pick<Reader, "t"> = AGENCY_READER()): string {
  return cents ? formatCents(cents) : reader.t("notices.pdf.noFee");
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

/**
 * `reader`: the person the notice is for (their language and time zone); without one, English on
 * the agency's calendar.
 * The title stays in English, the official record, with its translation under it for another language.
 */
export async function renderNoticePdf(data: NoticeData, options: { agencyName: string; reader?: Reader }): Promise<Uint8Array> {
  const reader = options.reader ?? AGENCY_READER();
  const { t, format } = reader;
  const notOfficial = t("notices.pdf.notOfficial");
  const pdf = await PDFDocument.create();
  const title = noticeTitle(data.kind);
  pdf.setTitle(`${title}: ${data.case.receiptNumber}`);
  pdf.setAuthor(options.agencyName);
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
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
    target.drawText(drawable(notOfficial, regular), { x: PAGE.margin, y: PAGE.margin - 24, size: 8, font: regular, color: muted });
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
  if (reader.locale !== "en")
    draw({ text: t("notices.pdf.translatedTitle", { title: t(`notices.kinds.${data.kind}`) }), bold: true, size: 13, gapBefore: 4 });
  draw({ text: notOfficial, size: 9, gapBefore: 4 });
  y -= 10;
  page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 1, color: muted });
  y -= 6;
  const date = (at: Date) => format.dateTime(at, "date");
  const facts: string[] = [
    t("notices.pdf.receiptNumber", { value: data.case.receiptNumber }),
    t("notices.pdf.form", { value: `${data.case.formType}, ${reader.text(formName(data.case.formType))}` }),
    t("notices.pdf.applicant", { value: data.case.applicantName }),
    t("notices.pdf.accountNumber", { value: data.accountNumber ? formatAccountNumber(data.accountNumber) : t("notices.pdf.noAccount") }),
    t("notices.pdf.noticeDate", { value: date(data.issuedAt) }),
  ];
  const filing = data.kind === "RECEIPT" ? data.case.filing : null;
  if (filing) {
    facts.push(t("notices.pdf.receivedDate", { value: date(filing.submittedAt ?? data.issuedAt) }));
    facts.push(t("notices.pdf.filed"));
    facts.push(t("notices.pdf.feePaid", { value: feePaidLine(filing.feeCents, reader) }));
  }
  for (const fact of facts) draw({ text: fact, gapBefore: 4 });
  y -= 6;
  page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.width - PAGE.margin, y }, thickness: 1, color: muted });
  y -= 6;
  for (const block of paragraphs(data, reader)) draw(block);
  return pdf.save();
}
