/** "15 minutes", "1 minute", "45 seconds": the idle timeout in words (the setting allows decimals). */
export function describeIdleLimit(minutes: number): string {
  if (Number.isInteger(minutes)) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const seconds = Math.round(minutes * 60);
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}

/** The sign-in page's message after an idle sign-out. */
export function timedOutMessage(minutes: number): string {
  return `You were signed out after ${describeIdleLimit(minutes)} without activity, to protect your account. Sign in again to continue. If you were filling in a form, what you had entered is kept on this device.`;
}

/** m:ss for the visible countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** The remaining time in words for screen readers: "2 minutes", "1 minute 30 seconds", "10 seconds". */
export function describeRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes) parts.push(minutes === 1 ? "1 minute" : `${minutes} minutes`);
  if (seconds || !minutes) parts.push(seconds === 1 ? "1 second" : `${seconds} seconds`);
  return parts.join(" ");
}
