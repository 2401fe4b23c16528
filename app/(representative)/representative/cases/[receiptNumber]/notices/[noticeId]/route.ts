import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { getReader } from "@/lib/i18n/request";
import { noticeForRepresentative } from "@/lib/representation/represented-case";

// A notice of a case a current G-28 gives the signed-in representative, as a PDF in their language
// and time zone. Anything else: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ receiptNumber: string; noticeId: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { receiptNumber, noticeId } = await params;
  const pdf = await noticeForRepresentative(actor, receiptNumber, noticeId, await getReader());
  if (!pdf) return downloadNotFound();
  return new Response(Buffer.from(pdf.bytes), {
    headers: downloadHeaders({ name: pdf.fileName, contentType: "application/pdf", size: pdf.bytes.length }),
  });
}
