import { Readable } from "node:stream";
import { representativeContext } from "@/lib/actions/contexts";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";
import { attachmentFor } from "@/lib/messages/attachment-for";

// A message attachment, for the representative who opened the thread (G-28 current) only: anyone else gets the same 404 as a missing one.
export async function GET(_request: Request, { params }: { params: Promise<{ threadId: string; documentId: string }> }) {
  const { session } = await representativeContext();
  const { threadId, documentId } = await params;
  const file = await attachmentFor(session, { threadId, documentId });
  if (!file) return downloadNotFound();
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, { headers: downloadHeaders(file) });
}
