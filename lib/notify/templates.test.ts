import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { describeDevice, describePlace } from "../http/describe-device";
import { msg } from "../i18n/message-ref";
import { readerFor } from "../i18n/translator";
import { emailTemplates, smsTemplates } from "./templates";
import { SECURITY_NOTICES } from "./security-notice-texts";

const saved = process.env.AGENCY_NAME;
beforeEach(() => {
  process.env.AGENCY_NAME = "Example Services Agency";
  resetEnvCache();
});
afterEach(() => {
  if (saved === undefined) delete process.env.AGENCY_NAME;
  else process.env.AGENCY_NAME = saved;
  resetEnvCache();
});

const en = readerFor("en", "America/New_York");
const es = readerFor("es", "America/Chicago");

const LINK = "https://portal.example.test/sign-up/confirm?token=abc_DEF-123&x=<y>";
const URL_ = "https://portal.example.test/dashboard";

/** The emails of a form a representative prepares for a client. */
function clientFilingEmails(r = en) {
  const about = { clientName: "Ana Diaz", formType: "I-765", url: "https://portal.example.test/file/1" };
  return [
    emailTemplates["client-review-invitation"](
      {
        representativeName: "Rosa <Counsel>",
        formType: "I-765",
        link: "https://portal.example.test/invitation?token=abc",
        expiresInDays: 14,
      },
      r,
    ),
    emailTemplates["client-review-changes-requested"](about, r),
    emailTemplates["client-review-declined"](about, r),
    emailTemplates["client-review-signed"](about, r),
  ];
}

/** One of each email, for one reader. */
function everyEmail(r = en) {
  return [
    emailTemplates["confirm-email"]({ link: LINK }, r),
    emailTemplates["account-exists"]({ signInUrl: "https://portal.example.test/sign-in" }, r),
    emailTemplates["verification-code"]({ code: "042917" }, r),
    emailTemplates["sign-up-complete"]({ signInUrl: "https://portal.example.test/sign-in" }, r),
    emailTemplates["security-notice"](
      { ...SECURITY_NOTICES.password_changed, at: "2026-11-21T15:04:00Z", device: "Chrome on Linux", place: "here", notMeUrl: LINK },
      r,
    ),
    emailTemplates["reset-password"]({ link: LINK }, r),
    emailTemplates["confirm-new-email"]({ link: LINK }, r),
    emailTemplates["case-update"]({ url: URL_ }, r),
    emailTemplates["new-message"]({ url: "https://portal.example.test/messages" }, r),
    emailTemplates["address-change-confirmed"](
      { confirmationNumber: "AR11-7KQ2M9TX4H", casesUpdated: 2, url: "https://portal.example.test/filings" },
      r,
    ),
    emailTemplates["draft-expiring"]({ formType: "I-765", deleteOn: "December 9, 2026", url: URL_ }, r),
    emailTemplates["evidence-due-reminder"]({ dueOn: "2026-12-09T17:00:00Z", daysLeft: 7, url: URL_ }, r),
    emailTemplates["appointment-reminder"]({ at: "2026-12-04T14:00:00Z", url: URL_ }, r),
    ...clientFilingEmails(r),
    emailTemplates["representative-courtesy-copy"]({ url: "https://portal.example.test/representative/cases/EAC2612345678" }, r),
    emailTemplates["representative-new-message"]({ url: "https://portal.example.test/representative/messages/x" }, r),
    emailTemplates["representation-started-representative"]({ url: "https://portal.example.test/representative" }, r),
    emailTemplates["representation-started-client"]({ url: URL_ }, r),
    emailTemplates["representation-ended"]({ audience: "CLIENT", endedBy: "OFFICER", url: URL_ }, r),
  ];
}

describe("email templates", () => {
  it("the invitation to review a form names the representative (escaped in HTML), the link and its life, and warns against sharing a password", () => {
    const [invitation] = clientFilingEmails();
    expect(invitation.text).toContain("Rosa <Counsel>, a legal representative, prepared a Form I-765 for you");
    expect(invitation.html).toContain("Rosa &lt;Counsel&gt;");
    expect(invitation.html).not.toContain("<Counsel>");
    expect(invitation.text).toContain("https://portal.example.test/invitation?token=abc");
    expect(invitation.text).toContain("expires in 14 days");
    expect(invitation.text).toContain("Never share your password with anyone, including your representative.");
  });

  it("every one names the agency, says it is an independent portal and renders text and HTML", () => {
    const rendered = everyEmail();
    expect(rendered).toHaveLength(Object.keys(emailTemplates).length);
    for (const message of rendered) {
      expect(message.subject).toMatch(/ \| Example Services Agency$/);
      expect(message.text).toContain("an independent portal, not a government website");
      expect(message.html).toMatch(/^<!doctype html><html lang="en">/);
      expect(message.html).toContain("an independent portal, not a government website");
    }
  });

  it("the end of a representation tells each side who ended it", () => {
    const text = (audience: "CLIENT" | "REPRESENTATIVE", endedBy: "CLIENT" | "REPRESENTATIVE" | "OFFICER") =>
      emailTemplates["representation-ended"]({ audience, endedBy, url: URL_ }, en).text;
    expect(text("CLIENT", "CLIENT")).toContain("You ended the representation");
    expect(text("CLIENT", "REPRESENTATIVE")).toContain("Your representative withdrew");
    expect(text("CLIENT", "OFFICER")).toContain("The agency removed a Form G-28");
    expect(text("REPRESENTATIVE", "CLIENT")).toContain("A client ended your representation");
    expect(text("REPRESENTATIVE", "REPRESENTATIVE")).toContain("You withdrew your Form G-28");
    expect(text("REPRESENTATIVE", "OFFICER")).toContain("The agency removed your Form G-28");
    expect(text("REPRESENTATIVE", "OFFICER")).toContain("You can no longer see that case");
  });

  it("a security notice says when (in the reader's zone) and from where, carries its 'this wasn't me' link, and never says to ignore it", () => {
    const message = emailTemplates["security-notice"](
      {
        ...SECURITY_NOTICES.passkey_added,
        at: "2026-11-21T15:04:00Z",
        device: "Firefox on Windows",
        place: "Internet address 203.0.113.9",
        notMeUrl: "https://portal.example.test/not-me?token=t0k",
      },
      en,
    );
    expect(message.subject).toBe("A passkey was added | Example Services Agency");
    expect(message.text).toContain("A passkey was added to your account. It can be used instead of a one-time code.");
    expect(message.text).toContain(
      "When: November 21, 2026 at 10:04 AM EST. Device: Firefox on Windows. Location: Internet address 203.0.113.9.",
    );
    expect(message.text).toContain("This wasn't me: secure my account:\nhttps://portal.example.test/not-me?token=t0k");
    expect(message.text).not.toContain("you can ignore this message");
    expect(message.html).toContain('href="https://portal.example.test/not-me?token=t0k"');
  });

  it("a security notice puts lib's device and place references into the reader's language", () => {
    const message = emailTemplates["security-notice"](
      { ...SECURITY_NOTICES.new_sign_in, at: "2026-11-21T15:04:00Z", device: msg("common.header.signIn"), place: "x", notMeUrl: "u" },
      es,
    );
    expect(message.text).toContain("Dispositivo: Iniciar sesión.");
  });

  it("a Spanish security notice names the device and place in Spanish, the browser and system as they are", () => {
    const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    const notice = (userAgent: string | null, ip: string | null) =>
      emailTemplates["security-notice"](
        {
          ...SECURITY_NOTICES.new_sign_in,
          at: "2026-11-21T15:04:00Z",
          device: describeDevice(userAgent),
          place: describePlace(ip),
          notMeUrl: "u",
        },
        es,
      ).text;
    expect(notice(chrome, "203.0.113.9")).toContain("Dispositivo: Chrome en Linux. Ubicación: Dirección de internet 203.0.113.9.");
    expect(notice(null, "10.0.0.4")).toContain("Dispositivo: Dispositivo desconocido. Ubicación: Red local (10.0.0.4).");
    expect(notice(null, null)).toContain("Ubicación: Ubicación desconocida.");
  });

  it("confirm-email carries the link verbatim in the text and escaped in the HTML", () => {
    const message = emailTemplates["confirm-email"]({ link: LINK }, en);
    expect(message.subject).toBe("Confirm your email address | Example Services Agency");
    expect(message.text).toContain(`Confirm my email address:\n${LINK}`);
    expect(message.text).toContain("expires in 24 hours");
    expect(message.html).toContain('href="https://portal.example.test/sign-up/confirm?token=abc_DEF-123&amp;x=&lt;y&gt;"');
    expect(message.html).not.toContain("<y>");
  });

  it("verification-code carries the code and its limits", () => {
    const message = emailTemplates["verification-code"]({ code: "042917" }, en);
    expect(message.subject).toBe("Your verification code | Example Services Agency");
    expect(message.text).toContain("Your one-time verification code is 042917");
    expect(message.text).toContain("expires in 10 minutes");
    expect(message.html).toContain("042917");
  });

  it("account-exists points to sign-in and the password reset, not to a new account", () => {
    const message = emailTemplates["account-exists"]({ signInUrl: "https://portal.example.test/sign-in" }, en);
    expect(message.subject).toBe("You already have an account | Example Services Agency");
    expect(message.text).toContain("Sign in:\nhttps://portal.example.test/sign-in");
    expect(message.text).toContain("Forgot your password?");
  });

  it("escapes HTML in the agency name", () => {
    process.env.AGENCY_NAME = "A&B <Agency>";
    resetEnvCache();
    const message = emailTemplates["verification-code"]({ code: "123456" }, en);
    expect(message.html).toContain("A&amp;B &lt;Agency&gt;");
    expect(message.html).not.toContain("<Agency>");
  });
});

describe("email templates in Spanish", () => {
  it("every one is in Spanish, with html lang es and the Spanish footer", () => {
    const english = everyEmail(en);
    const spanish = everyEmail(es);
    expect(spanish).toHaveLength(Object.keys(emailTemplates).length);
    spanish.forEach((message, i) => {
      expect(message.subject).toMatch(/ \| Example Services Agency$/);
      expect(message.subject).not.toBe(english[i].subject);
      expect(message.text).toContain("un portal independiente, no un sitio web del gobierno");
      expect(message.html).toMatch(/^<!doctype html><html lang="es">/);
      expect(message.text).not.toContain("independent portal");
    });
  });

  it("the confirmation and code emails read in Spanish", () => {
    const confirm = emailTemplates["confirm-email"]({ link: LINK }, es);
    expect(confirm.subject).toBe("Confirme su dirección de correo electrónico | Example Services Agency");
    expect(confirm.text).toContain(`Confirmar mi dirección de correo electrónico:\n${LINK}`);
    expect(confirm.html).toContain("O pegue esta dirección en su navegador:");
    const code = emailTemplates["verification-code"]({ code: "042917" }, es);
    expect(code.subject).toBe("Su código de verificación | Example Services Agency");
    expect(code.text).toContain("Su código de verificación de un solo uso es 042917");
  });

  it("reminders write the date in Spanish in the reader's zone, naming it", () => {
    const due = emailTemplates["evidence-due-reminder"]({ dueOn: "2026-12-09T17:00:00Z", daysLeft: 1, url: URL_ }, es);
    expect(due.text).toContain("a más tardar el 9 de diciembre de 2026 (en 1 día)");
    const appointment = emailTemplates["appointment-reminder"]({ at: "2026-12-04T14:00:00Z", url: URL_ }, es);
    expect(appointment.text).toMatch(/Tiene una cita el 4 de diciembre de 2026 a las 8:00\s?a\.\s?m\. CST/);
    expect(smsTemplates["appointment-reminder"]({ at: "2026-12-04T14:00:00Z", url: URL_ }, es)).toMatch(
      /^Portal de solicitantes de Example Services Agency: su cita es el 4 de diciembre de 2026 a las 8:00\s?a\.\s?m\. CST\./,
    );
    expect(smsTemplates["verification-code"]({ code: "042917" }, es)).toBe(
      "042917 es su codigo de verificacion del portal de Example Services Agency. Vence en 10 minutos. No lo comparta.",
    );
  });

  it("plurals follow the count", () => {
    const one = emailTemplates["address-change-confirmed"]({ confirmationNumber: "X", casesUpdated: 1, url: URL_ }, es);
    expect(one.text).toContain("y en su caso pendiente.");
    const three = emailTemplates["address-change-confirmed"]({ confirmationNumber: "X", casesUpdated: 3, url: URL_ }, en);
    expect(three.text).toContain("and on your 3 pending cases.");
  });
});

describe("reminders", () => {
  it("say when (in the reader's zone) and where to look, and nothing about the case", () => {
    const week = emailTemplates["evidence-due-reminder"]({ dueOn: "2026-12-09T17:00:00Z", daysLeft: 7, url: URL_ }, en);
    expect(week.subject).toBe("A response is due soon | Example Services Agency");
    expect(week.text).toContain("needs a response by December 9, 2026 (in 7 days)");
    expect(week.text).toContain("Sign in to respond:\nhttps://portal.example.test/dashboard");
    expect(emailTemplates["evidence-due-reminder"]({ dueOn: "2026-12-09T17:00:00Z", daysLeft: 1, url: "u" }, en).text).toContain(
      "(in 1 day)",
    );
    const appointment = emailTemplates["appointment-reminder"]({ at: "2026-12-04T14:00:00Z", url: URL_ }, en);
    expect(appointment.text).toContain("You have an appointment on December 4, 2026 at 9:00 AM EST");
    for (const text of [
      smsTemplates["evidence-due-reminder"]({ dueOn: "2026-12-09T17:00:00Z", daysLeft: 1, url: URL_ }, en),
      smsTemplates["appointment-reminder"]({ at: "2026-12-04T14:00:00Z", url: URL_ }, en),
    ]) {
      expect(text).toMatch(/^Example Services Agency applicant portal: /);
      expect(text.length).toBeLessThanOrEqual(160);
    }
  });
});

describe("SMS templates", () => {
  it("verification-code starts with the code and names the agency, within one SMS segment", () => {
    const text = smsTemplates["verification-code"]({ code: "042917" }, en);
    expect(text).toBe("042917 is your Example Services Agency portal verification code. It expires in 10 minutes. Don't share it.");
    expect(text.length).toBeLessThanOrEqual(160);
  });
});
