import { officerContext } from "@/lib/actions/contexts";
import { Readable } from "node:stream";
import { documentForOfficer } from "@/lib/agency/console/officer-downloads";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { openedFromOwnPages } from "@/lib/http/same-origin";

// A document uploaded to any case, for officers (audited); everyone else gets 404.
export async function GET(request: Request, { params }: { params: Promise<{ receipt: string; documentId: string }> }) {
  if (!openedFromOwnPages(request)) return downloadNotFound();
  const { session } = await officerContext();
  const { receipt, documentId } = await params;
  const document = await documentForOfficer(session, receipt, documentId);
  if (!document) return downloadNotFound();
  return new Response(Readable.toWeb(document.body) as ReadableStream<Uint8Array>, { headers: downloadHeaders(document) });
}
