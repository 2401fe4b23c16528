import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { emailTransport, smsTransport } from "./transports";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function settings(values: Record<string, string>) {
  Object.assign(process.env, values);
  resetEnvCache();
}

const twilioSettings = (apiUrl: string) => ({
  TWILIO_ACCOUNT_SID: `AC${"0123abcd".repeat(4)}`,
  TWILIO_AUTH_TOKEN: "transport-test-token",
  TWILIO_FROM: "+15005550006",
  TWILIO_API_URL: apiUrl,
});

describe("transports", () => {
  it("keeps one mail transport while SMTP_URL stays the same, and makes a new one when it changes", () => {
    settings({ SMTP_URL: "smtp://127.0.0.1:2525" });
    const first = emailTransport();
    expect(first).not.toBeNull();
    expect(emailTransport()).toBe(first);

    settings({ SMTP_URL: "smtp://127.0.0.1:2526" });
    const second = emailTransport();
    expect(second).not.toBe(first);
    expect(second!.options).toMatchObject({ port: 2526 });

    settings({ SMTP_URL: "" });
    expect(emailTransport()).toBeNull();
  });

  it("keeps one SMS client while Twilio's settings stay the same, and makes a new one when they change", () => {
    settings(twilioSettings("http://127.0.0.1:4010"));
    const first = smsTransport();
    expect(first?.from).toBe("+15005550006");
    expect(smsTransport()!.client).toBe(first!.client);

    settings(twilioSettings("http://127.0.0.1:4011"));
    expect(smsTransport()!.client).not.toBe(first!.client);

    settings({ TWILIO_FROM: "+15005550007" });
    expect(smsTransport()!.from).toBe("+15005550007");

    settings({ TWILIO_ACCOUNT_SID: "", TWILIO_AUTH_TOKEN: "", TWILIO_FROM: "", TWILIO_API_URL: "" });
    expect(smsTransport()).toBeNull();
  });
});
