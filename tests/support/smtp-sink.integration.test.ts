// Self-test of the SMTP sink that browser tests read email from: real nodemailer in, decoded out.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { codeIn, decodeEncodedWords, linkIn, parseMail, SmtpSink } from "./smtp-sink";

const sink = new SmtpSink({ port: 0 });
const send = (message: nodemailer.SendMailOptions) =>
  nodemailer
    .createTransport(sink.url, { connectionTimeout: 2000, greetingTimeout: 2000 })
    .sendMail({ from: "Portal <no-reply@portal.test>", ...message });

beforeAll(() => sink.start());
afterAll(() => sink.stop());
beforeEach(() => sink.clear());

describe("SmtpSink", () => {
  it("receives mail on 127.0.0.1 and keeps envelope recipients, subject and text", async () => {
    await send({ to: "Ana@Example.com", subject: "Plain subject", text: "Hello Ana.\nSecond line." });
    const [mail] = sink.messages();
    expect(sink.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(mail.to).toEqual(["ana@example.com"]);
    expect(mail.from).toBe("no-reply@portal.test");
    expect(mail.subject).toBe("Plain subject");
    expect(mail.text).toBe("Hello Ana.\nSecond line.");
  });

  it("decodes quoted-printable text and HTML in multipart/alternative, and encoded subjects", async () => {
    const long = `Your link: https://portal.example.test/sign-up/confirm?token=${"A".repeat(43)}&next=%2Fdashboard`;
    const text = `Café — “quoted” naïve ✓\n${long}\nYour one-time verification code is 042917`;
    await send({
      to: "b@example.com",
      subject: "Confirm your email address | Agência Ñandú ✓",
      text,
      html: `<p>Café — ${"x".repeat(120)}</p><a href="https://portal.example.test/a?b=1&amp;c=2">link</a>`,
      textEncoding: "quoted-printable",
    });
    const mail = await sink.waitForMessage((m) => m.to.includes("b@example.com"), 2000);
    expect(mail.raw).toMatch(/multipart\/alternative/i);
    expect(mail.raw).toMatch(/Content-Transfer-Encoding: quoted-printable/i);
    expect(mail.subject).toBe("Confirm your email address | Agência Ñandú ✓");
    expect(mail.text).toBe(text);
    expect(mail.html).toContain(`<p>Café — ${"x".repeat(120)}</p>`);
    expect(linkIn(mail.text, "/sign-up/confirm")).toBe(
      `https://portal.example.test/sign-up/confirm?token=${"A".repeat(43)}&next=%2Fdashboard`,
    );
    expect(codeIn(mail.text)).toBe("042917");
  });

  it("decodes base64 bodies", async () => {
    const text = "Ваш код подтверждения 123456 — 確認コード";
    await send({ to: "c@example.com", subject: "Код", text, html: "<p>Привет</p>", textEncoding: "base64" });
    const mail = await sink.waitForMessage((m) => m.to.includes("c@example.com"), 2000);
    expect(mail.raw).toMatch(/Content-Transfer-Encoding: base64/i);
    expect(mail.subject).toBe("Код");
    expect(mail.text).toBe(text);
    expect(mail.html).toBe("<p>Привет</p>");
  });

  it("filters by recipient, waits for mail that has not arrived yet, and times out clearly", async () => {
    await send({ to: ["one@example.com", "two@example.com"], subject: "Both", text: "1" });
    await send({ to: "two@example.com", subject: "Only two", text: "2" });
    expect(sink.messages("ONE@example.com").map((m) => m.subject)).toEqual(["Both"]);
    expect(sink.messages("two@example.com").map((m) => m.subject)).toEqual(["Both", "Only two"]);

    const waiting = sink.waitForMessage((m) => m.subject === "Later", 3000);
    setTimeout(() => void send({ to: "later@example.com", subject: "Later", text: "3" }), 100);
    expect((await waiting).to).toEqual(["later@example.com"]);

    await expect(sink.waitForMessage((m) => m.subject === "Never", 200)).rejects.toThrow(/No matching email within 200 ms/);
    sink.clear();
    expect(sink.messages()).toEqual([]);
  });

  it("can be stopped (senders get connection refused) and restarted on the same port", async () => {
    const port = sink.port;
    await sink.stop();
    expect(sink.running).toBe(false);
    await expect(send({ to: "down@example.com", subject: "Lost?", text: "x" })).rejects.toThrow(/ECONNREFUSED/);
    await sink.start();
    expect(sink.port).toBe(port);
    await send({ to: "down@example.com", subject: "Back", text: "y" });
    expect(sink.messages("down@example.com").map((m) => m.subject)).toEqual(["Back"]);
  });
});

describe("MIME decoding", () => {
  it("decodes RFC 2047 encoded words, joining adjacent ones", () => {
    expect(decodeEncodedWords("=?UTF-8?Q?Caf=C3=A9_ouvert?= today")).toBe("Café ouvert today");
    expect(decodeEncodedWords("=?UTF-8?B?0JrQvtC0?= =?UTF-8?B?INCa0L7QtA==?=")).toBe("Код Код");
    expect(decodeEncodedWords("=?ISO-8859-1?Q?Se=F1or?=")).toBe("Señor");
  });

  it("parses a hand-written multipart message with folded headers and soft line breaks", () => {
    const raw = [
      "Subject: =?UTF-8?Q?Your_verification?=",
      " =?UTF-8?Q?_code?=",
      'Content-Type: multipart/alternative; boundary="b1"',
      "",
      "preamble",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Code 654321, caf=C3=A9 and a long line that wraps=",
      " here.",
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>654321</p>",
      "--b1--",
      "epilogue",
    ].join("\r\n");
    const mail = parseMail(raw);
    expect(mail.subject).toBe("Your verification code");
    expect(mail.text).toBe("Code 654321, café and a long line that wraps here.");
    expect(mail.html).toBe("<p>654321</p>");
  });
});
