// Session cookies this process has decrypted lately, each with the token inside and when it
// expires, least recently used first. A signed-in person's every request carries the same cookie,
// and decrypting it (next-auth's JWT encryption) was the costliest step of finding the session
// outside the database. Only what decrypted successfully is kept; the database still checks the
// session on every request, so a revoked or expired session ends as before.

export type Decrypted = { token: string; expiresAt: number } | null;

export function decryptedCookies(decrypt: (value: string) => Promise<Decrypted>, max = 10_000) {
  const known = new Map<string, { token: string; expiresAt: number }>();
  return async function tokenIn(value: string, now = Date.now()): Promise<string | null> {
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
    known.set(value, found);
    if (known.size > max) known.delete(known.keys().next().value!);
    return found.token;
  };
}
