import { representativeContext } from "@/lib/actions/contexts";
import { Readable } from "node:stream";
import { documentForOwner } from "@/lib/evidence/owned-document";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";

// A document of a case a current G-28 gives the signed-in representative. Anything else: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ receiptNumber: string; documentId: string }> }) {
  const { actor } = await representativeContext();
  const { receiptNumber, documentId } = await params;
  const document = await documentForOwner(actor, { receiptNumber, documentId });
  if (!document) return downloadNotFound();
  return new Response(Readable.toWeb(document.body) as ReadableStream<Uint8Array>, { headers: downloadHeaders(document) });
}
