import { officerContext } from "@/lib/actions/contexts";
import { noticeForOfficer } from "@/lib/agency/console/officer-downloads";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { openedFromOwnPages } from "@/lib/http/same-origin";

// A notice of any case as a PDF, for officers (audited); everyone else gets 404.
export async function GET(request: Request, { params }: { params: Promise<{ receipt: string; noticeId: string }> }) {
  if (!openedFromOwnPages(request)) return downloadNotFound();
  const { session } = await officerContext();
  const { receipt, noticeId } = await params;
  const pdf = await noticeForOfficer(session, receipt, noticeId);
  if (!pdf) return downloadNotFound();
  return new Response(Buffer.from(pdf.bytes), {
    headers: downloadHeaders({ name: pdf.fileName, contentType: "application/pdf", size: pdf.bytes.length }),
  });
}
