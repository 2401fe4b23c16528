// Case dates are shown in UTC (the agency's notices carry dates, not local times).

export function formatCaseDate(at: Date): string {
  return at.toLocaleDateString("en-US", { timeZone: "UTC", dateStyle: "long" });
}

export function formatCaseDateTime(at: Date): string {
  return `${at.toLocaleString("en-US", { timeZone: "UTC", dateStyle: "long", timeStyle: "short" })} UTC`;
}

/** 1536 → "1.5 MB"-style sizes for document lists. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
