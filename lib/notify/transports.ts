import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import twilio from "twilio";
import RequestClient from "twilio/lib/base/RequestClient";
import { env } from "../env";

// Transports chosen by the environment (DESIGN.md §6). Without one, a channel's messages stay in
// the local outbox (/dev/outbox).

// Each transport is made once and kept while the settings it was made from stay the same.
let mailer: { url: string; transport: Transporter } | undefined;

export function emailTransport(): Transporter | null {
  const { SMTP_URL } = env();
  if (!SMTP_URL) return null;
  if (mailer?.url !== SMTP_URL) {
    mailer?.transport.close();
    mailer = {
      url: SMTP_URL,
      transport: nodemailer.createTransport(SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
    };
  }
  return mailer.transport;
}

/** Sends Twilio's API calls to another base URL (a local stand-in in tests); the SDK does the rest. */
class RedirectingRequestClient extends RequestClient {
  constructor(private readonly baseUrl: string) {
    super();
  }
  request<TData>(opts: RequestClient.RequestOptions<TData>) {
    return super.request({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, this.baseUrl.replace(/\/$/, "")) });
  }
}

type SmsClient = ReturnType<typeof twilio>;
let smsClient: { key: string; client: SmsClient } | undefined;

export function smsTransport(): { client: SmsClient; from: string } | null {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM, TWILIO_API_URL } = env();
  if (!TWILIO_ACCOUNT_SID || !TWILIO_AUTH_TOKEN || !TWILIO_FROM) return null;
  const key = JSON.stringify([TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_API_URL]);
  if (smsClient?.key !== key) {
    smsClient = {
      key,
      client: twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, {
        httpClient: TWILIO_API_URL ? new RedirectingRequestClient(TWILIO_API_URL) : undefined,
      }),
    };
  }
  return { client: smsClient.client, from: TWILIO_FROM };
}

/** Whether text messages can reach real phones (in production, SMS needs Twilio). */
export function smsAvailable(): boolean {
  return smsTransport() !== null || env().NODE_ENV !== "production";
}
