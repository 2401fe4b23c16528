import { Readable } from "node:stream";
import { officerContext } from "@/lib/actions/contexts";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { openedFromOwnPages } from "@/lib/http/same-origin";
import { attachmentFor } from "@/lib/messages/attachment-for";

// A message attachment for officers (the download is audited). Everyone else, signed in or not,
// gets the same 404 as for a file that does not exist.
export async function GET(request: Request, { params }: { params: Promise<{ threadId: string; documentId: string }> }) {
  if (!openedFromOwnPages(request)) return downloadNotFound();
  const { session } = await officerContext();
  const { threadId, documentId } = await params;
  const file = await attachmentFor(session, { threadId, documentId });
  if (!file) return downloadNotFound();
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, { headers: downloadHeaders(file) });
}
