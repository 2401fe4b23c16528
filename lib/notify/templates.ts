import { env } from "../env";

// Every message the portal sends. Emails carry no case details or secrets beyond what the message
// is for (a link or a code), and say which independent portal sent them.

export type Rendered = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** `ignorable`: false for security notices, whose "this wasn't me" link is the thing to use. */
function email(subject: string, paragraphs: string[], link?: { label: string; url: string }, { ignorable = true } = {}): Rendered {
  const portal = `${env().AGENCY_NAME} applicant portal`;
  const footer = `You are receiving this because this address was used on the ${portal} (an independent portal, not a government website).${ignorable ? " If this wasn't you, you can ignore this message." : ""}`;
  const textParts = [...paragraphs, ...(link ? [`${link.label}:\n${link.url}`] : []), "—", footer];
  const htmlParts = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link
      ? [
          `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p><p>Or paste this address into your browser:<br>${escapeHtml(link.url)}</p>`,
        ]
      : []),
    `<hr><p style="color:#565c65;font-size:13px">${escapeHtml(footer)}</p>`,
  ];
  return {
    subject: `${subject} | ${env().AGENCY_NAME}`,
    text: textParts.join("\n\n"),
    html: `<!doctype html><html lang="en"><body style="font-family:Arial,sans-serif;color:#1b1b1b">${htmlParts.join("")}</body></html>`,
  };
}

export const emailTemplates = {
  "confirm-email": (data: { link: string }) =>
    email(
      "Confirm your email address",
      [
        "Thank you for creating an account. To continue, confirm your email address with the link below.",
        "The link works once and expires in 24 hours. If it expires, sign up again with the same email to get a new one.",
      ],
      { label: "Confirm my email address", url: data.link },
    ),
  "account-exists": (data: { signInUrl: string }) =>
    email(
      "You already have an account",
      [
        "Someone (hopefully you) tried to create an account with this email address, but an account already exists for it.",
        "Sign in with your email and password. If you forgot your password, use “Forgot your password?” on the sign-in page.",
      ],
      { label: "Sign in", url: data.signInUrl },
    ),
  "verification-code": (data: { code: string }) =>
    email("Your verification code", [
      `Your one-time verification code is ${data.code}`,
      "It expires in 10 minutes and works once. Never share this code: the agency will never ask you for it.",
    ]),
  "sign-up-complete": (data: { signInUrl: string }) =>
    email(
      "Your account is ready",
      [
        "Your account has been created and two-step verification is on.",
        "Keep your backup code somewhere safe: it is the way back in if you lose access to your verification method.",
      ],
      { label: "Sign in", url: data.signInUrl },
    ),
  "security-notice": (data: { subject: string; lead: string; when: string; device: string; place: string; notMeUrl: string }) =>
    email(
      data.subject,
      [
        data.lead,
        `When: ${data.when}. Device: ${data.device}. Location: ${data.place}.`,
        "If this was you, there is nothing to do.",
        "If this wasn't you, use the link below: it signs your account out everywhere and locks the password until you reset it. The link works for 7 days.",
      ],
      { label: "This wasn't me: secure my account", url: data.notMeUrl },
      { ignorable: false },
    ),
  "reset-password": (data: { link: string }) =>
    email(
      "Reset your password",
      [
        "Someone (hopefully you) asked to reset the password of the account for this email address.",
        "The link below works once and expires in 30 minutes. You will answer your five password reset questions, then choose a new password.",
        "If you did not ask for this, you can ignore this message: your password has not changed.",
      ],
      { label: "Reset my password", url: data.link },
    ),
  "confirm-new-email": (data: { link: string }) =>
    email(
      "Confirm your new email address",
      [
        "Someone (hopefully you) asked to use this email address for their applicant portal account.",
        "The change takes effect only after you confirm with the link below. It works once and expires in 24 hours.",
      ],
      { label: "Confirm my new email address", url: data.link },
    ),
  // Alerts say that something changed and where to look, never what: no receipt number, status,
  // or message text, since email and texts are not private channels.
  "case-update": (data: { url: string }) =>
    email(
      "There is an update in your account",
      [
        "One of the cases in your applicant portal account has an update.",
        "For your privacy, we do not put case details in email. Sign in to see what changed.",
        "You can choose how you get these alerts under Account settings, Alerts.",
      ],
      { label: "Sign in to see the update", url: data.url },
    ),
  "new-message": (data: { url: string }) =>
    email(
      "You have a new secure message",
      [
        "The agency replied to a message about one of your cases.",
        "For your privacy, the message is only in your account. Sign in to read it.",
        "You can choose how you get these alerts under Account settings, Alerts.",
      ],
      { label: "Sign in to read it", url: data.url },
    ),
  // Filing online. Like the alerts, no answers or addresses: only the confirmation number, which
  // names nothing to someone who reads it, and where to look.
  "address-change-confirmed": (data: { confirmationNumber: string; casesUpdated: number; url: string }) =>
    email(
      "We received your change of address",
      [
        `We received your change of address (Form AR-11). Your confirmation number is ${data.confirmationNumber}.`,
        data.casesUpdated === 0
          ? "The new address is now on your account. You have no pending cases, so no case needed updating."
          : `The new address is now on your account and on your ${data.casesUpdated === 1 ? "pending case" : `${data.casesUpdated} pending cases`}.`,
        "Keep the confirmation number. Your filings, with their confirmation numbers, are listed in your account.",
      ],
      { label: "See your filings", url: data.url },
    ),
  "draft-expiring": (data: { formType: string; deleteOn: string; url: string }) =>
    email(
      "Your draft will be deleted soon",
      [
        `You started a Form ${data.formType} in your applicant portal account and have not worked on it for a while.`,
        `Drafts unused for 30 days are deleted. This draft, with the documents uploaded for it, will be deleted on ${data.deleteOn} unless you open it and save a page before then.`,
        "If you no longer need it, there is nothing to do.",
      ],
      { label: "Sign in to continue your draft", url: data.url },
    ),
  // Representatives: a courtesy copy of the client's case alert, and the agency's reply in their own
  // thread. Like the alerts, nothing of the case in the text; the link opens the case (or thread).
  "representative-courtesy-copy": (data: { url: string }) =>
    email(
      "Courtesy copy: a client's case has an update",
      [
        "A case on which you are the representative of record (Form G-28) has an update. Your client was alerted too.",
        "For your client's privacy, we do not put case details in email. Sign in to see what changed.",
      ],
      { label: "Sign in to see the case", url: data.url },
    ),
  "representative-new-message": (data: { url: string }) =>
    email(
      "You have a new secure message",
      [
        "The agency replied to a message you sent about a client's case.",
        "For your client's privacy, the message is only in your account. Sign in to read it.",
      ],
      { label: "Sign in to read it", url: data.url },
    ),
  // Representation (G-28). Like the alerts, no receipt number or names: who ended it, and where to look.
  "representation-started-representative": (data: { url: string }) =>
    email(
      "A case was added to your clients",
      [
        "The agency recorded a Form G-28 naming you as the representative on a case.",
        "For your privacy, we do not put case details in email. Sign in to see the case under My clients.",
      ],
      { label: "Sign in to see your clients", url: data.url },
    ),
  "representation-started-client": (data: { url: string }) =>
    email(
      "A representative was added to one of your cases",
      [
        "The agency recorded a Form G-28 naming a legal representative on one of the cases in your account. The representative can now see that case, and only that case.",
        "Sign in to see who represents you. You can end the representation at any time from the case's page.",
      ],
      { label: "Sign in to see your case", url: data.url },
    ),
  "representation-ended": (data: {
    audience: "CLIENT" | "REPRESENTATIVE";
    endedBy: "CLIENT" | "REPRESENTATIVE" | "OFFICER";
    url: string;
  }) =>
    email(
      data.audience === "CLIENT" ? "Representation on one of your cases has ended" : "Your representation on a case has ended",
      [
        data.audience === "CLIENT"
          ? {
              CLIENT: "You ended the representation on one of the cases in your account.",
              REPRESENTATIVE: "Your representative withdrew from one of the cases in your account.",
              OFFICER: "The agency removed a Form G-28 from one of the cases in your account.",
            }[data.endedBy]
          : {
              CLIENT: "A client ended your representation on one of their cases.",
              REPRESENTATIVE: "You withdrew your Form G-28 from one of your clients' cases.",
              OFFICER: "The agency removed your Form G-28 from one of your clients' cases.",
            }[data.endedBy],
        data.audience === "CLIENT"
          ? "The representative can no longer see that case. The history of the case keeps a record of the representation."
          : "You can no longer see that case. It is listed under Withdrawn G-28s.",
      ],
      { label: "Sign in to see the details", url: data.url },
    ),
} satisfies Record<string, (data: never) => Rendered>;

export const smsTemplates = {
  "verification-code": (data: { code: string }) =>
    `${data.code} is your ${env().AGENCY_NAME} portal verification code. It expires in 10 minutes. Don't share it.`,
  "case-update": (data: { url: string }) =>
    `${env().AGENCY_NAME} applicant portal: one of your cases has an update. Sign in to see it: ${data.url}`,
  "new-message": (data: { url: string }) =>
    `${env().AGENCY_NAME} applicant portal: you have a new secure message. Sign in to read it: ${data.url}`,
} satisfies Record<string, (data: never) => string>;

export type EmailTemplate = keyof typeof emailTemplates;
export type SmsTemplate = keyof typeof smsTemplates;
