import { env } from "../env";

/**
 * The session cookie: `__Host-` prefixed, HttpOnly, SameSite=Lax, and Secure wherever browsers
 * allow it (https, and http://localhost, which browsers treat as secure).
 */
export function sessionCookie(): { name: string; secure: boolean } {
  const url = new URL(env().APP_URL);
  const secure = url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return { name: secure ? "__Host-portal.session" : "portal.session", secure };
}
