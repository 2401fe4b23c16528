/**
 * Whether a request that changes state came from the portal's own pages. The session cookie is
 * SameSite=Lax already; this also refuses requests from other origins on the same site.
 */
export function fromOwnOrigin(request: Pick<Request, "headers">): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
