// A local stand-in for Twilio's REST API, for tests that read the portal's text messages. It answers
// the call the twilio SDK makes for client.messages.create({ from, to, body }):
//   POST /2010-04-01/Accounts/{AccountSid}/Messages.json   (form-encoded, HTTP basic auth)
// with a 201 and a message resource shaped like Twilio's. The portal reaches it through the real
// SDK: lib/notify/transports.ts sends the SDK's requests to TWILIO_API_URL (standin.url).
//
//   const twilio = new TwilioStandin({ accountSid, authToken, port: 4010 });
//   await twilio.start();
//   const sms = await twilio.waitForMessage((m) => m.to === "+12025550143", 10_000);
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import http from "node:http";

export type ReceivedSms = {
  sid: string;
  accountSid: string;
  from: string;
  to: string;
  body: string;
  /** Every form field the SDK sent (From, To, Body, StatusCallback, ...). */
  params: Record<string, string>;
  receivedAt: Date;
};

export type TwilioStandinOptions = { accountSid: string; authToken: string; port?: number; host?: string };

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;

function twilioError(res: http.ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
}

function credentials(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export class TwilioStandin {
  readonly accountSid: string;
  readonly authToken: string;
  readonly host: string;
  private boundPort: number;
  private server: http.Server | null = null;
  private readonly received: ReceivedSms[] = [];
  private readonly events = new EventEmitter();

  constructor(options: TwilioStandinOptions) {
    this.accountSid = options.accountSid;
    this.authToken = options.authToken;
    this.host = options.host ?? "127.0.0.1";
    this.boundPort = options.port ?? 0;
    this.events.setMaxListeners(100);
  }

  get port(): number {
    return this.boundPort;
  }

  /** The base URL to give the portal as TWILIO_API_URL. */
  get url(): string {
    return `http://${this.host}:${this.boundPort}`;
  }

  /** The settings that point the portal at this stand-in (merge into process.env). */
  env(from = "+15005550006"): Record<string, string> {
    return { TWILIO_ACCOUNT_SID: this.accountSid, TWILIO_AUTH_TOKEN: this.authToken, TWILIO_FROM: from, TWILIO_API_URL: this.url };
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.boundPort, this.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const address = server.address();
    if (address && typeof address === "object") this.boundPort = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  messages(to?: string): ReceivedSms[] {
    return to ? this.received.filter((sms) => sms.to === to) : [...this.received];
  }

  clear(): void {
    this.received.length = 0;
  }

  waitForMessage(predicate: (sms: ReceivedSms) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedSms> {
    const existing = this.received.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const onMessage = (sms: ReceivedSms) => {
        if (!predicate(sms)) return;
        clearTimeout(timer);
        this.events.off("message", onMessage);
        resolve(sms);
      };
      const timer = setTimeout(() => {
        this.events.off("message", onMessage);
        const seen = this.received.map((m) => `${m.to}: ${m.body}`).join("\n  ");
        reject(new Error(`No matching text message within ${timeoutMs} ms. Received so far:\n  ${seen || "(nothing)"}`));
      }, timeoutMs);
      this.events.on("message", onMessage);
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? "/", "http://standin").pathname;
    const match = MESSAGES_PATH.exec(path);
    if (!match) {
      return twilioError(res, 404, 20404, `The requested resource ${path} was not found`);
    }
    if (req.method !== "POST") {
      return twilioError(res, 405, 20004, "Method not allowed");
    }
    const auth = credentials(req.headers.authorization);
    if (!auth || auth.user !== this.accountSid || auth.password !== this.authToken) {
      res.setHeader("WWW-Authenticate", 'Basic realm="Twilio API"');
      return twilioError(res, 401, 20003, "Authenticate");
    }
    if (match[1] !== this.accountSid) {
      return twilioError(res, 404, 20404, `The requested resource ${path} was not found`);
    }
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
      return twilioError(res, 400, 21600, "Expected a form-encoded request body");
    }
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
    if (!params.To) return twilioError(res, 400, 21604, "A 'To' phone number is required.");
    if (!params.From && !params.MessagingServiceSid) return twilioError(res, 400, 21603, "A 'From' phone number is required.");
    if (!params.Body && !params.MediaUrl && !params.ContentSid) return twilioError(res, 400, 21602, "Message body is required.");
    if (!/^\+[1-9]\d{6,14}$/.test(params.To))
      return twilioError(res, 400, 21211, `The 'To' number ${params.To} is not a valid phone number.`);

    const now = new Date();
    const sms: ReceivedSms = {
      sid: `SM${randomBytes(16).toString("hex")}`,
      accountSid: this.accountSid,
      from: params.From ?? "",
      to: params.To,
      body: params.Body ?? "",
      params,
      receivedAt: now,
    };
    const uri = `/2010-04-01/Accounts/${this.accountSid}/Messages/${sms.sid}`;
    const resource = {
      account_sid: this.accountSid,
      api_version: "2010-04-01",
      body: sms.body,
      date_created: now.toUTCString().replace("GMT", "+0000"),
      date_sent: null,
      date_updated: now.toUTCString().replace("GMT", "+0000"),
      direction: "outbound-api",
      error_code: null,
      error_message: null,
      from: sms.from,
      messaging_service_sid: params.MessagingServiceSid ?? null,
      num_media: "0",
      num_segments: String(Math.max(1, Math.ceil(sms.body.length / 160))),
      price: null,
      price_unit: "USD",
      sid: sms.sid,
      status: "queued",
      subresource_uris: { media: `${uri}/Media.json` },
      to: sms.to,
      uri: `${uri}.json`,
    };
    this.received.push(sms);
    this.events.emit("message", sms);
    res.writeHead(201, { "Content-Type": "application/json" });
    res.end(JSON.stringify(resource));
  }
}
