// Session cookies this process has decrypted lately, each with the token inside and when it
// expires, least recently used first. A signed-in person's every request carries the same cookie,
// and decrypting it (next-auth's JWT encryption) was the costliest step of finding the session
// outside the database. Only what decrypted successfully is kept; the database still checks the
// session on every request, so a revoked or expired session ends as before.

export type Decrypted = { token: string; expiresAt: number } | null;

export function decryptedCookies(decrypt: (value: string) => Promise<Decrypted>, max = 10_000) {
  const known = new Map<string, { token: string; expiresAt: number }>();
  const keep = (value: string, found: { token: string; expiresAt: number }) => {
    known.set(value, found);
    if (known.size > max) known.delete(known.keys().next().value!);
  };
  async function tokenIn(value: string, now = Date.now()): Promise<string | null> {
    const hit = known.get(value);
    if (hit) {
      known.delete(value);
      if (hit.expiresAt > now) {
        known.set(value, hit);
        return hit.token;
      }
      return null;
    }
    const found = await decrypt(value);
    if (!found || found.expiresAt <= now) return null;
    keep(value, found);
    return found.token;
  }
  /**
   * A cookie this process has just encrypted, with what is inside: the request that follows a
   * sign-in (Next.js's render of the page it redirects to, in this process) need not decrypt it.
   */
  tokenIn.remember = keep;
  return tokenIn;
}
