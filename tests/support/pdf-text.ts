// The text of a PDF drawn with pdf-lib's standard fonts: each page's content streams are decoded and
// their text-showing operators (hex strings, WinAnsi) read back, one line per operator.
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream, type PDFObject } from "pdf-lib";

function streamsOf(doc: PDFDocument, contents: PDFObject | undefined): PDFRawStream[] {
  const resolved = contents ? doc.context.lookup(contents) : undefined;
  if (resolved instanceof PDFRawStream) return [resolved];
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((item) => streamsOf(doc, item));
  return [];
}

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s/g, ""), "hex");
  return bytes.toString("latin1");
}

/** The lines of text, page by page, in drawing order. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    for (const stream of streamsOf(doc, page.node.Contents())) {
      const content = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      for (const match of content.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)) lines.push(decodeHex(match[1]));
    }
  }
  return lines;
}

/** All the text as one string, lines joined by spaces (for phrases that wrap across lines). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfLines(bytes)).join(" ").replace(/\s+/g, " ");
}
