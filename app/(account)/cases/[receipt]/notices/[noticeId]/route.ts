import { requireFullSession } from "@/lib/auth/current-session";
import { pdfDownloadHeaders } from "@/lib/notices/download-headers";
import { noticeForOwner } from "@/lib/notices/notice-for-owner";

// A notice of one of the signed-in applicant's cases, as a PDF download. Not theirs or not there: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ receipt: string; noticeId: string }> }) {
  const session = await requireFullSession();
  const { receipt, noticeId } = await params;
  const pdf = await noticeForOwner(session.user.id, receipt, noticeId);
  if (!pdf) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
  }
  return new Response(Buffer.from(pdf.bytes), { headers: pdfDownloadHeaders(pdf.fileName, pdf.bytes.length) });
}
