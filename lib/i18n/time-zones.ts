// IANA time zones ("America/Chicago"), checked against the zones this Node.js knows.

let known: Set<string> | null = null;

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  known ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  if (known.has(value)) return true;
  // Aliases (Asia/Calcutta, US/Central) are valid too though not listed.
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every zone a person can choose in settings, as Node.js lists them. */
export function timeZoneChoices(): string[] {
  return Intl.supportedValuesOf("timeZone");
}
