import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { emailTemplates, smsTemplates } from "./templates";

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

const LINK = "https://portal.example.test/sign-up/confirm?token=abc_DEF-123&x=<y>";

describe("email templates", () => {
  it("every one names the agency, says it is an independent portal and renders text and HTML", () => {
    const rendered = [
      emailTemplates["confirm-email"]({ link: LINK }),
      emailTemplates["account-exists"]({ signInUrl: "https://portal.example.test/sign-in" }),
      emailTemplates["verification-code"]({ code: "042917" }),
      emailTemplates["sign-up-complete"]({ signInUrl: "https://portal.example.test/sign-in" }),
      emailTemplates["security-notice"]({
        subject: "Your password was changed",
        lead: "The password was changed.",
        when: "today",
        device: "Chrome on Linux",
        place: "here",
        notMeUrl: LINK,
      }),
      emailTemplates["reset-password"]({ link: LINK }),
      emailTemplates["confirm-new-email"]({ link: LINK }),
      emailTemplates["case-update"]({ url: "https://portal.example.test/dashboard" }),
      emailTemplates["new-message"]({ url: "https://portal.example.test/messages" }),
      emailTemplates["address-change-confirmed"]({
        confirmationNumber: "AR11-7KQ2M9TX4H",
        casesUpdated: 2,
        url: "https://portal.example.test/filings",
      }),
      emailTemplates["draft-expiring"]({ formType: "I-765", deleteOn: "December 9, 2026", url: "https://portal.example.test/dashboard" }),
      emailTemplates["representative-courtesy-copy"]({ url: "https://portal.example.test/representative/cases/EAC2612345678" }),
      emailTemplates["representative-new-message"]({ url: "https://portal.example.test/representative/messages/x" }),
      emailTemplates["representation-started-representative"]({ url: "https://portal.example.test/representative" }),
      emailTemplates["representation-started-client"]({ url: "https://portal.example.test/dashboard" }),
      emailTemplates["representation-ended"]({ audience: "CLIENT", endedBy: "OFFICER", url: "https://portal.example.test/dashboard" }),
    ];
    expect(rendered).toHaveLength(Object.keys(emailTemplates).length);
    for (const message of rendered) {
      expect(message.subject).toMatch(/ \| Example Services Agency$/);
      expect(message.text).toContain("an independent portal, not a government website");
      expect(message.html).toMatch(/^<!doctype html><html lang="en">/);
      expect(message.html).toContain("an independent portal, not a government website");
    }
  });

  it("the end of a representation tells each side who ended it", () => {
    const url = "https://portal.example.test/dashboard";
    const text = (audience: "CLIENT" | "REPRESENTATIVE", endedBy: "CLIENT" | "REPRESENTATIVE" | "OFFICER") =>
      emailTemplates["representation-ended"]({ audience, endedBy, url }).text;
    expect(text("CLIENT", "CLIENT")).toContain("You ended the representation");
    expect(text("CLIENT", "REPRESENTATIVE")).toContain("Your representative withdrew");
    expect(text("CLIENT", "OFFICER")).toContain("The agency removed a Form G-28");
    expect(text("REPRESENTATIVE", "CLIENT")).toContain("A client ended your representation");
    expect(text("REPRESENTATIVE", "REPRESENTATIVE")).toContain("You withdrew your Form G-28");
    expect(text("REPRESENTATIVE", "OFFICER")).toContain("The agency removed your Form G-28");
    expect(text("REPRESENTATIVE", "OFFICER")).toContain("You can no longer see that case");
  });

  it("a security notice says when and from where, carries its 'this wasn't me' link, and never says to ignore it", () => {
    const message = emailTemplates["security-notice"]({
      subject: "A passkey was added",
      lead: "A passkey was added to your account.",
      when: "November 21, 2026 at 3:04 PM UTC",
      device: "Firefox on Windows",
      place: "Internet address 203.0.113.9",
      notMeUrl: "https://portal.example.test/not-me?token=t0k",
    });
    expect(message.subject).toBe("A passkey was added | Example Services Agency");
    expect(message.text).toContain(
      "When: November 21, 2026 at 3:04 PM UTC. Device: Firefox on Windows. Location: Internet address 203.0.113.9.",
    );
    expect(message.text).toContain("This wasn't me: secure my account:\nhttps://portal.example.test/not-me?token=t0k");
    expect(message.text).not.toContain("you can ignore this message");
    expect(message.html).toContain('href="https://portal.example.test/not-me?token=t0k"');
  });

  it("confirm-email carries the link verbatim in the text and escaped in the HTML", () => {
    const message = emailTemplates["confirm-email"]({ link: LINK });
    expect(message.subject).toBe("Confirm your email address | Example Services Agency");
    expect(message.text).toContain(`Confirm my email address:\n${LINK}`);
    expect(message.text).toContain("expires in 24 hours");
    expect(message.html).toContain('href="https://portal.example.test/sign-up/confirm?token=abc_DEF-123&amp;x=&lt;y&gt;"');
    expect(message.html).not.toContain("<y>");
  });

  it("verification-code carries the code and its limits", () => {
    const message = emailTemplates["verification-code"]({ code: "042917" });
    expect(message.subject).toBe("Your verification code | Example Services Agency");
    expect(message.text).toContain("Your one-time verification code is 042917");
    expect(message.text).toContain("expires in 10 minutes");
    expect(message.html).toContain("042917");
  });

  it("account-exists points to sign-in and the password reset, not to a new account", () => {
    const message = emailTemplates["account-exists"]({ signInUrl: "https://portal.example.test/sign-in" });
    expect(message.subject).toBe("You already have an account | Example Services Agency");
    expect(message.text).toContain("Sign in:\nhttps://portal.example.test/sign-in");
    expect(message.text).toContain("Forgot your password?");
  });

  it("escapes HTML in the agency name", () => {
    process.env.AGENCY_NAME = "A&B <Agency>";
    resetEnvCache();
    const message = emailTemplates["verification-code"]({ code: "123456" });
    expect(message.html).toContain("A&amp;B &lt;Agency&gt;");
    expect(message.html).not.toContain("<Agency>");
  });
});

describe("SMS templates", () => {
  it("verification-code starts with the code and names the agency, within one SMS segment", () => {
    const text = smsTemplates["verification-code"]({ code: "042917" });
    expect(text).toBe("042917 is your Example Services Agency portal verification code. It expires in 10 minutes. Don't share it.");
    expect(text.length).toBeLessThanOrEqual(160);
  });
});
