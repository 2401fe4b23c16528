import "server-only";
import { headers } from "next/headers";

export type RequestInfo = { ip: string | null; userAgent: string | null; requestId: string | null };

/** Who is asking: the client address (first X-Forwarded-For hop set by the proxy), browser, request id. */
export async function requestInfo(): Promise<RequestInfo> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: (forwarded || h.get("x-real-ip") || null)?.slice(0, 64) ?? null,
    userAgent: h.get("user-agent")?.slice(0, 512) ?? null,
    requestId: h.get("x-request-id"),
  };
}
