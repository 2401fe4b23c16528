/**
 * Whether a request that changes state came from the portal's own pages. The session cookie is
 * SameSite=Lax already; this also refuses requests from other origins on the same site.
 */
export function fromOwnOrigin(request: Pick<Request, "headers">): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  // The host the browser asked for, decided as Next.js's own server-action check does: the first
  // X-Forwarded-Host a proxy gave, else Host.
  const host = request.headers.get("x-forwarded-host")?.split(",")[0].trim() || request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Whether a navigation or download began on the portal's own pages (or in the address bar, a
 * bookmark): a page of another site cannot make a signed-in browser fetch it, and so cannot write an
 * officer's audit entry ("document downloaded") in their name. Browsers without Fetch Metadata pass.
 */
export function openedFromOwnPages(request: Pick<Request, "headers">): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
