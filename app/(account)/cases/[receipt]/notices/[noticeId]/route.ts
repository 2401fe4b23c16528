import { applicantContext } from "@/lib/actions/contexts";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { getReader } from "@/lib/i18n/request";
import { noticeForOwner } from "@/lib/notices/notice-for-owner";

// A notice of one of the signed-in applicant's cases, as a PDF download in their language and time
// zone. Not theirs or not there: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ receipt: string; noticeId: string }> }) {
  const { actor } = await applicantContext();
  const { receipt, noticeId } = await params;
  const pdf = await noticeForOwner(actor, receipt, noticeId, await getReader());
  if (!pdf) return downloadNotFound();
  return new Response(Buffer.from(pdf.bytes), {
    headers: downloadHeaders({ name: pdf.fileName, contentType: "application/pdf", size: pdf.bytes.length }),
  });
}
