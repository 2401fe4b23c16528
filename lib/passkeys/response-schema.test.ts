import { describe, expect, it } from "vitest";
import { parseAuthenticationResponse, parseRegistrationResponse } from "./response-schema";

const registration = {
  id: "Y3JlZA",
  rawId: "Y3JlZA",
  type: "public-key",
  clientExtensionResults: {},
  response: { clientDataJSON: "e30", attestationObject: "oA", transports: ["internal"] },
};
const authentication = {
  id: "Y3JlZA",
  rawId: "Y3JlZA",
  type: "public-key",
  clientExtensionResults: {},
  response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
};

describe("the browser's passkey answers", () => {
  it("accept the shapes the browser library sends", () => {
    expect(parseRegistrationResponse(JSON.stringify(registration))).toMatchObject({ id: "Y3JlZA" });
    expect(parseAuthenticationResponse(JSON.stringify(authentication))).toMatchObject({ id: "Y3JlZA" });
  });

  it("refuse anything else before the WebAuthn library sees it", () => {
    for (const text of [
      undefined,
      42,
      "",
      "not json",
      "null",
      "[]",
      JSON.stringify({ ...registration, type: "password" }),
      JSON.stringify({ ...registration, id: "not base64url!" }),
    ]) {
      expect(parseRegistrationResponse(text)).toBeNull();
    }
    expect(parseRegistrationResponse(JSON.stringify(authentication))).toBeNull();
    expect(parseAuthenticationResponse(JSON.stringify(registration))).toBeNull();
    expect(parseAuthenticationResponse(JSON.stringify({ ...authentication, padding: "x".repeat(40_000) }))).toBeNull();
  });
});
