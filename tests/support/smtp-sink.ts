// A real SMTP server on 127.0.0.1 that keeps what it receives, for tests that read the portal's
// email (DESIGN.md §8). It decodes what nodemailer sends (multipart/alternative with
// quoted-printable or base64 parts, RFC 2047 subjects) without extra packages.
//
//   const sink = new SmtpSink({ port: 2525 });
//   await sink.start();                       // SMTP_URL=smtp://127.0.0.1:2525 (sink.url)
//   const mail = await sink.waitForMessage((m) => m.to.includes("ana@example.com"), 10_000);
//   await sink.stop(); await sink.start();    // an outage, then back on the same port
import { EventEmitter } from "node:events";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** The Subject header, decoded. */
  subject: string;
  /** The text/plain body, decoded ("" if none). */
  text: string;
  /** The text/html body, decoded ("" if none). */
  html: string;
  /** All top-level headers, names lower-cased, values unfolded (not decoded). */
  headers: Record<string, string>;
  raw: string;
  receivedAt: Date;
};

// ---------------------------------------------------------------------------------------------
// MIME decoding (RFC 2045-2047), enough for what mail libraries send.

type Part = { headers: Record<string, string>; body: string };

function splitHeaderBlock(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { headers, body };
}

/** "text/plain; charset=utf-8; format=flowed" → { type: "text/plain", params: { charset: "utf-8", ... } } */
function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type, ...rest] = (value ?? "text/plain").split(";");
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf("=");
    if (eq < 0) continue;
    params[param.slice(0, eq).trim().toLowerCase()] = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeCharset(bytes: Buffer, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}

function quotedPrintableBytes(input: string): Buffer {
  const soft = input.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Anything else is literal; characters above 0xFF should not occur, but keep them intact.
      bytes.push(...Buffer.from(soft[i], soft.charCodeAt(i) > 0xff ? "utf8" : "latin1"));
    }
  }
  return Buffer.from(bytes);
}

function decodeTransfer(body: string, encoding: string | undefined, charset: string | undefined): string {
  switch ((encoding ?? "7bit").trim().toLowerCase()) {
    case "base64":
      return decodeCharset(Buffer.from(body.replace(/\s+/g, ""), "base64"), charset);
    case "quoted-printable":
      return decodeCharset(quotedPrintableBytes(body), charset);
    default:
      // 7bit / 8bit / binary: the bytes arrived as latin1 (see onData), so re-read them in the charset.
      return decodeCharset(Buffer.from(body, "latin1"), charset);
  }
}

/** Decodes RFC 2047 encoded words: =?UTF-8?Q?...?= and =?UTF-8?B?...?= (adjacent words join). */
export function decodeEncodedWords(value: string): string {
  // Headers arrive as latin1-read bytes; raw 8-bit text (SMTPUTF8) is UTF-8, so re-read it first.
  const header = /[\x80-\xff]/.test(value) ? decodeCharset(Buffer.from(value, "latin1"), "utf-8") : value;
  return header
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?[^?]+\?[QqBb]\?[^?]*\?=)/g, "$1")
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([QqBb])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
      const bytes = kind.toUpperCase() === "B" ? Buffer.from(text, "base64") : quotedPrintableBytes(text.replace(/_/g, " "));
      return decodeCharset(bytes, charset);
    });
}

/** The text/plain and text/html bodies of a MIME entity, walking multipart containers. */
function collectBodies(part: Part, out: { text?: string; html?: string }): void {
  const { type, params } = parseContentType(part.headers["content-type"]);
  if (type.startsWith("multipart/") && params.boundary) {
    const delimiter = `--${params.boundary}`;
    // Delimiter lines start a part; the closing one (delimiter--) ends the list. The line break
    // before a delimiter belongs to the delimiter, so parts are joined back without it.
    let current: string[] | null = null;
    for (const line of part.body.split(/\r?\n/)) {
      const trimmed = line.trimEnd();
      if (trimmed === delimiter || trimmed === `${delimiter}--`) {
        if (current) collectBodies(splitHeaderBlock(current.join("\r\n")), out);
        current = trimmed === delimiter ? [] : null;
        if (!current) break;
      } else if (current) {
        current.push(line);
      }
    }
    return;
  }
  if ((part.headers["content-disposition"] ?? "").toLowerCase().startsWith("attachment")) return;
  if (type === "text/plain" && out.text === undefined) {
    out.text = decodeTransfer(part.body, part.headers["content-transfer-encoding"], params.charset);
  } else if (type === "text/html" && out.html === undefined) {
    out.html = decodeTransfer(part.body, part.headers["content-transfer-encoding"], params.charset);
  }
}

/** Parses a raw message (as received over SMTP, read as latin1 so bytes survive). */
export function parseMail(raw: string): Pick<ReceivedMail, "subject" | "text" | "html" | "headers"> {
  const top = splitHeaderBlock(raw);
  const bodies: { text?: string; html?: string } = {};
  collectBodies(top, bodies);
  return {
    headers: top.headers,
    subject: decodeEncodedWords(top.headers.subject ?? ""),
    text: (bodies.text ?? "").replace(/\r\n/g, "\n").replace(/\n$/, ""),
    html: bodies.html ?? "",
  };
}

// ---------------------------------------------------------------------------------------------

export class SmtpSink {
  private server: SMTPServer | null = null;
  private readonly received: ReceivedMail[] = [];
  private readonly events = new EventEmitter();
  private boundPort: number;
  readonly host: string;

  constructor(options: { port?: number; host?: string } = {}) {
    this.boundPort = options.port ?? 0;
    this.host = options.host ?? "127.0.0.1";
    this.events.setMaxListeners(100);
  }

  /** The port (after start() when constructed with port 0; kept across restarts). */
  get port(): number {
    return this.boundPort;
  }

  /** The SMTP_URL that reaches this sink. */
  get url(): string {
    return `smtp://${this.host}:${this.boundPort}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      logger: false,
      authOptional: true,
      // Plain SMTP on the loopback: no STARTTLS (nodemailer would otherwise upgrade and then
      // refuse the self-signed certificate).
      disabledCommands: ["STARTTLS"],
      hideSTARTTLS: true,
      closeTimeout: 200,
      size: 10 * 1024 * 1024,
      onAuth: (_auth, _session, callback) => callback(null, { user: "test" }),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("error", callback);
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("latin1");
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((address) => address.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            ...parseMail(raw),
            raw,
            receivedAt: new Date(),
          };
          this.received.push(mail);
          this.events.emit("message", mail);
          callback();
        });
      },
    });
    server.on("error", () => {
      /* connection-level errors (a client hanging up) are not the test's concern */
    });
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.server.once("error", onError);
      server.listen(this.boundPort, this.host, () => {
        server.server.off("error", onError);
        resolve();
      });
    });
    const address = server.server.address();
    if (address && typeof address === "object") this.boundPort = address.port;
    this.server = server;
  }

  /** Stops listening (and drops open connections), so senders see connection refused. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages received so far, oldest first; only those addressed to `to` when given. */
  messages(to?: string): ReceivedMail[] {
    if (!to) return [...this.received];
    const wanted = to.toLowerCase();
    return this.received.filter((mail) => mail.to.includes(wanted));
  }

  clear(): void {
    this.received.length = 0;
  }

  /** The first message (already received or arriving within timeoutMs) that matches. */
  waitForMessage(predicate: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedMail> {
    const existing = this.received.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const onMessage = (mail: ReceivedMail) => {
        if (!predicate(mail)) return;
        clearTimeout(timer);
        this.events.off("message", onMessage);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        this.events.off("message", onMessage);
        const seen = this.received.map((m) => `${m.to.join(",")}: ${m.subject}`).join("\n  ");
        reject(new Error(`No matching email within ${timeoutMs} ms. Received so far:\n  ${seen || "(nothing)"}`));
      }, timeoutMs);
      this.events.on("message", onMessage);
    });
  }
}

/** The first URL in a text body (optionally the first containing `contains`). */
export function linkIn(text: string, contains = ""): string {
  const link = text.match(/https?:\/\/[^\s<>"]+/g)?.find((url) => url.includes(contains));
  if (!link) throw new Error(`No link${contains ? ` containing ${contains}` : ""} in:\n${text}`);
  return link;
}

/** The first 6-digit code in a text body. */
export function codeIn(text: string | null | undefined): string {
  const match = /\b(\d{6})\b/.exec(text ?? "");
  if (!match) throw new Error(`No 6-digit code in:\n${text}`);
  return match[1];
}
