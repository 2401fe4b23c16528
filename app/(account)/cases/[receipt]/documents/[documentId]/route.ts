import { applicantContext } from "@/lib/actions/contexts";
import { Readable } from "node:stream";
import { documentForOwner } from "@/lib/evidence/owned-document";
import { downloadHeaders, downloadNotFound } from "@/lib/http/download";

// An uploaded document, for the case's owner only: anyone else gets the same 404 as a missing one.
export async function GET(_request: Request, { params }: { params: Promise<{ receipt: string; documentId: string }> }) {
  const { actor } = await applicantContext();
  const { receipt, documentId } = await params;
  const document = await documentForOwner(actor, { receiptNumber: receipt, documentId });
  if (!document) return downloadNotFound();
  return new Response(Readable.toWeb(document.body) as ReadableStream<Uint8Array>, { headers: downloadHeaders(document) });
}
