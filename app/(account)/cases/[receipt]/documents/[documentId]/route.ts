import { Readable } from "node:stream";
import { requireFullSession } from "@/lib/auth/current-session";
import { attachmentDisposition } from "@/lib/evidence/display-name";
import { documentForOwner } from "@/lib/evidence/owned-document";

// An uploaded document, for the case's owner only: anyone else gets the same 404 as a missing one.
export async function GET(_request: Request, { params }: { params: Promise<{ receipt: string; documentId: string }> }) {
  const session = await requireFullSession();
  const { receipt, documentId } = await params;
  const document = await documentForOwner(session.user.id, { receiptNumber: receipt, documentId });
  if (!document) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(Readable.toWeb(document.body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": document.contentType,
      "Content-Length": String(document.size),
      "Content-Disposition": attachmentDisposition(document.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
