import { describe, expect, it } from "vitest";
import { readerFor } from "@/lib/i18n/translator";
import { ceremonyMessage as ceremonyRef } from "./ceremony-message";

const english = readerFor("en", "UTC");
const ceremonyMessage = (error: unknown, doing: "add" | "use") => english.text(ceremonyRef(error, doing));

function browserError(name: string, code?: string): Error {
  const error = new Error("browser said no");
  error.name = name;
  return Object.assign(error, code ? { code } : {});
}

describe("ceremonyMessage", () => {
  it("calls a cancelled or timed-out ceremony what it is", () => {
    expect(ceremonyMessage(browserError("NotAllowedError"), "add")).toMatch(/cancelled or timed out\. Nothing was changed/);
    expect(ceremonyMessage(browserError("AbortError"), "use")).toMatch(/cancelled or timed out\. Try again, or use a code instead/);
  });

  it("says when the device already holds a passkey for the account", () => {
    expect(ceremonyMessage(browserError("InvalidStateError", "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED"), "add")).toBe(
      "This device already has a passkey for your account. Nothing was changed.",
    );
  });

  it("reads in Spanish for a Spanish reader", () => {
    expect(readerFor("es", "UTC").text(ceremonyRef(browserError("NotAllowedError"), "use"))).toMatch(/se canceló/);
  });

  it("falls back to a general sentence for anything else, including non-errors", () => {
    expect(ceremonyMessage("weird", "add")).toMatch(/could not create a passkey/);
    expect(ceremonyMessage(browserError("SecurityError"), "use")).toMatch(/could not use a passkey/);
  });
});
