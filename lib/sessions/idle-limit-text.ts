// The idle timeout and the time left, in words, in the reader's language: `t` is the server's
// reader or the browser's useTranslations().

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "15 minutes", "1 minute", "45 seconds": the idle timeout in words (the setting allows decimals). */
export function describeIdleLimit(minutes: number, t: Translate): string {
  if (Number.isInteger(minutes)) return t("ui.time.minutes", { count: minutes });
  return t("ui.time.seconds", { count: Math.round(minutes * 60) });
}

/** The sign-in page's message after an idle sign-out. */
export function timedOutMessage(minutes: number, t: Translate): string {
  return t("signIn.reasons.timedOut", { limit: describeIdleLimit(minutes, t) });
}

/** m:ss for the visible countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** The remaining time in words for screen readers: "2 minutes", "1 minute 30 seconds", "10 seconds". */
export function describeRemaining(ms: number, t: Translate): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes && seconds)
    return t("ui.time.minutesAndSeconds", {
      minutes: t("ui.time.minutes", { count: minutes }),
      seconds: t("ui.time.seconds", { count: seconds }),
    });
  return minutes ? t("ui.time.minutes", { count: minutes }) : t("ui.time.seconds", { count: seconds });
}
