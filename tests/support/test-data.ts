// Values shared by the integration and browser tests. One definition each: import them from here
// (tests/support/factories.ts and tests/e2e/fixtures.ts re-export them).

/** A password that meets every rule and is on no list. */
export const GOOD_PASSWORD = "Tangerine-Lantern-42!";

let counter = 0;
/** An address no other test (or earlier run on the same database) uses. */
export function uniqueEmail(label = "applicant"): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}${counter}${Math.floor(Math.random() * 1e6).toString(36)}@example.com`;
}

/** A client address of its own (198.18.0.0/15, set aside for tests), so no per-address limit or proof-of-work carries over. */
export function uniqueAddress(): string {
  const n = Math.floor(Math.random() * 2 ** 17);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
}

/** A tiny but well-formed PDF (the upload check reads the first bytes). */
export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
