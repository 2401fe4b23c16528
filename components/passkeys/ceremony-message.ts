import { msg } from "@/lib/i18n/message-ref";

// What to tell a person whose browser ceremony did not finish; nothing has changed on our side.
// A msg() reference: the error summary and alerts show it in the reader's language ("ui" is on every page).

export function ceremonyMessage(error: unknown, doing: "add" | "use"): string {
  const name = error instanceof Error ? error.name : "";
  const code = (error as { code?: string } | null)?.code;
  if (name === "NotAllowedError" || name === "AbortError") {
    return doing === "add" ? msg("ui.passkeyCeremony.addCancelled") : msg("ui.passkeyCeremony.useCancelled");
  }
  if (doing === "add" && (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError")) {
    return msg("ui.passkeyCeremony.addExists");
  }
  return doing === "add" ? msg("ui.passkeyCeremony.addFailed") : msg("ui.passkeyCeremony.useFailed");
}
