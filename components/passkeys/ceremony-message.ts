// What to tell a person whose browser ceremony did not finish; nothing has changed on our side.

export function ceremonyMessage(error: unknown, doing: "add" | "use"): string {
  const name = error instanceof Error ? error.name : "";
  const code = (error as { code?: string } | null)?.code;
  if (name === "NotAllowedError" || name === "AbortError") {
    return doing === "add"
      ? "No passkey was added: the request was cancelled or timed out. Nothing was changed. Try again when you're ready."
      : "The passkey request was cancelled or timed out. Try again, or use a code instead.";
  }
  if (doing === "add" && (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError")) {
    return "This device already has a passkey for your account. Nothing was changed.";
  }
  return doing === "add"
    ? "Your browser could not create a passkey. Nothing was changed. Try again, or use another device."
    : "Your browser could not use a passkey. Try again, or use a code instead.";
}
