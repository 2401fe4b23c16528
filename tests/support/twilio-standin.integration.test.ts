// Self-test of the Twilio stand-in: the portal's own SMS transport (the real twilio SDK with its
// base URL rewritten to TWILIO_API_URL) sends a message to it.
import twilio from "twilio";
import RequestClient from "twilio/lib/base/RequestClient";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { smsTransport } from "@/lib/notify/transports";
import { TwilioStandin } from "./twilio-standin";

const ACCOUNT_SID = `AC${"a1b2c3d4".repeat(4)}`;
const AUTH_TOKEN = "standin-auth-token-0123456789";
const standin = new TwilioStandin({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });

/** A client made like transports.ts makes it, with other credentials. */
class ToStandin extends RequestClient {
  request<TData>(opts: RequestClient.RequestOptions<TData>) {
    return super.request({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, standin.url) });
  }
}

beforeAll(() => standin.start());
afterAll(() => standin.stop());

describe("TwilioStandin", () => {
  it("takes a message from the portal's SMS transport through the real twilio SDK", async () => {
    Object.assign(process.env, standin.env("+15005550006"));
    resetEnvCache();
    const sms = smsTransport();
    expect(sms).not.toBeNull();
    const created = await sms!.client.messages.create({ from: sms!.from, to: "+12025550143", body: "042917 is your code" });

    expect(created.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(created.accountSid).toBe(ACCOUNT_SID);
    expect(created.status).toBe("queued");
    expect(created.to).toBe("+12025550143");
    expect(created.from).toBe("+15005550006");
    expect(created.body).toBe("042917 is your code");
    expect(created.direction).toBe("outbound-api");
    expect(created.dateCreated).toBeInstanceOf(Date);
    expect(Number.isNaN(created.dateCreated.getTime())).toBe(false);

    const received = await standin.waitForMessage((m) => m.to === "+12025550143", 2000);
    expect(received).toMatchObject({ sid: created.sid, accountSid: ACCOUNT_SID, from: "+15005550006", body: "042917 is your code" });
    expect(received.params).toMatchObject({ To: "+12025550143", From: "+15005550006", Body: "042917 is your code" });
    expect(standin.messages("+12025550143")).toHaveLength(1);
  });

  it("answers 401 (Twilio error 20003) when the SID or token do not match", async () => {
    const wrongToken = twilio(ACCOUNT_SID, "not-the-token-0123456789", { httpClient: new ToStandin() });
    await expect(wrongToken.messages.create({ from: "+15005550006", to: "+12025550143", body: "x" })).rejects.toMatchObject({
      status: 401,
      code: 20003,
    });
    const otherAccount = twilio(`AC${"f".repeat(32)}`, AUTH_TOKEN, { httpClient: new ToStandin() });
    await expect(otherAccount.messages.create({ from: "+15005550006", to: "+12025550143", body: "x" })).rejects.toMatchObject({
      status: 401,
    });
    expect(standin.messages().filter((m) => m.body === "x")).toHaveLength(0);
  });

  it("refuses a message without a valid To number, like Twilio", async () => {
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { httpClient: new ToStandin() });
    await expect(client.messages.create({ from: "+15005550006", to: "202-555", body: "x" })).rejects.toMatchObject({
      status: 400,
      code: 21211,
    });
  });

  it("waits for a message that arrives later, and times out clearly", async () => {
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN, { httpClient: new ToStandin() });
    const waiting = standin.waitForMessage((m) => m.body === "later", 3000);
    setTimeout(() => void client.messages.create({ from: "+15005550006", to: "+12025550199", body: "later" }), 50);
    expect((await waiting).to).toBe("+12025550199");
    await expect(standin.waitForMessage((m) => m.body === "never", 150)).rejects.toThrow(/No matching text message within 150 ms/);
  });
});
