import { agencyName } from "../branding";
import { appointmentTime } from "../appointments/appointment-time";
import type { Reader } from "../i18n/translator";
import { smsText } from "./sms-text";

// Every message the portal sends, written for one reader: in their language (the catalogs'
// "emails" and "sms" namespaces) and, for dates, in their time zone with the zone named. Emails
// carry no case details or secrets beyond what the message is for (a link or a code), and say
// which independent portal sent them.

export type Rendered = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** `ignorable`: false for security notices, whose "this wasn't me" link is the thing to use. */
function email(
  reader: Reader,
  subject: string,
  paragraphs: string[],
  link?: { label: string; url: string },
  { ignorable = true } = {},
): Rendered {
  const { t } = reader;
  const footer = [t("emails.layout.footer", { agency: agencyName() }), ...(ignorable ? [t("emails.layout.ignore")] : [])].join(" ");
  const textParts = [...paragraphs, ...(link ? [`${link.label}:\n${link.url}`] : []), "—", footer];
  const htmlParts = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link
      ? [
          `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p><p>${escapeHtml(t("emails.layout.pasteLink"))}<br>${escapeHtml(link.url)}</p>`,
        ]
      : []),
    `<hr><p style="color:#565c65;font-size:13px">${escapeHtml(footer)}</p>`,
  ];
  return {
    subject: `${subject} | ${agencyName()}`,
    text: textParts.join("\n\n"),
    html: `<!doctype html><html lang="${reader.locale}"><body style="font-family:Arial,sans-serif;color:#1b1b1b">${htmlParts.join("")}</body></html>`,
  };
}

/** A day (a deadline) in the reader's zone: "December 9, 2026" / "9 de diciembre de 2026". */
const day = (r: Reader, iso: string) => r.format.dateTime(new Date(iso), "date");
const dueDay = (r: Reader, iso: string) => r.format.dateTime(new Date(iso), "dueDay");
/** A moment in the reader's zone, the zone named: "December 4, 2026 at 9:00 AM EST". */
const moment = (r: Reader, iso: string) => r.format.dateTime(new Date(iso), "dateTime");

export const emailTemplates = {
  "confirm-email": (data: { link: string }, r: Reader) =>
    email(r, r.t("emails.confirmEmail.subject"), [r.t("emails.confirmEmail.thanks"), r.t("emails.confirmEmail.expiry")], {
      label: r.t("emails.confirmEmail.link"),
      url: data.link,
    }),
  "account-exists": (data: { signInUrl: string }, r: Reader) =>
    email(r, r.t("emails.accountExists.subject"), [r.t("emails.accountExists.tried"), r.t("emails.accountExists.signIn")], {
      label: r.t("emails.accountExists.link"),
      url: data.signInUrl,
    }),
  "verification-code": (data: { code: string }, r: Reader) =>
    email(r, r.t("emails.verificationCode.subject"), [
      r.t("emails.verificationCode.code", { code: data.code }),
      r.t("emails.verificationCode.limits"),
    ]),
  "sign-up-complete": (data: { signInUrl: string }, r: Reader) =>
    email(r, r.t("emails.signUpComplete.subject"), [r.t("emails.signUpComplete.created"), r.t("emails.signUpComplete.backupCode")], {
      label: r.t("emails.signUpComplete.link"),
      url: data.signInUrl,
    }),
  /** `subject`, `lead`, `device`, `place`: msg() references or plain text; `at`: ISO instant. */
  "security-notice": (data: { subject: string; lead: string; at: string; device: string; place: string; notMeUrl: string }, r: Reader) =>
    email(
      r,
      r.text(data.subject),
      [
        r.text(data.lead),
        r.t("emails.securityNotice.details", { when: moment(r, data.at), device: r.text(data.device), place: r.text(data.place) }),
        r.t("emails.securityNotice.ifYou"),
        r.t("emails.securityNotice.ifNotYou"),
      ],
      { label: r.t("emails.securityNotice.link"), url: data.notMeUrl },
      { ignorable: false },
    ),
  "reset-password": (data: { link: string }, r: Reader) =>
    email(
      r,
      r.t("emails.resetPassword.subject"),
      [r.t("emails.resetPassword.asked"), r.t("emails.resetPassword.expiry"), r.t("emails.resetPassword.ignore")],
      { label: r.t("emails.resetPassword.link"), url: data.link },
    ),
  "confirm-new-email": (data: { link: string }, r: Reader) =>
    email(r, r.t("emails.confirmNewEmail.subject"), [r.t("emails.confirmNewEmail.asked"), r.t("emails.confirmNewEmail.effect")], {
      label: r.t("emails.confirmNewEmail.link"),
      url: data.link,
    }),
  // Alerts say that something changed and where to look, never what: no receipt number, status,
  // or message text, since email and texts are not private channels.
  "case-update": (data: { url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.caseUpdate.subject"),
      [r.t("emails.caseUpdate.update"), r.t("emails.caseUpdate.privacy"), r.t("emails.layout.alertSettings")],
      { label: r.t("emails.caseUpdate.link"), url: data.url },
    ),
  "new-message": (data: { url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.newMessage.subject"),
      [r.t("emails.newMessage.replied"), r.t("emails.newMessage.privacy"), r.t("emails.layout.alertSettings")],
      { label: r.t("emails.newMessage.link"), url: data.url },
    ),
  // Reminders: only the date, which says nothing about the case to someone else who reads it.
  /** `dueOn`: ISO instant of the deadline, shown as its calendar day (the same in every zone). */
  "evidence-due-reminder": (data: { dueOn: string; daysLeft: number; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.evidenceDueReminder.subject"),
      [
        r.t("emails.evidenceDueReminder.due", { dueOn: dueDay(r, data.dueOn), daysLeft: data.daysLeft }),
        r.t("emails.evidenceDueReminder.privacy"),
        r.t("emails.evidenceDueReminder.done"),
      ],
      { label: r.t("emails.evidenceDueReminder.link"), url: data.url },
    ),
  /** `at`: ISO instant of the appointment, shown in the reader's zone with the zone named. */
  /** `officeTimeZone`: the time is shown on the office's clock, the reader's own alongside. */
  "appointment-reminder": (data: { at: string; officeTimeZone?: string | null; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.appointmentReminder.subject"),
      [
        r.t("emails.appointmentReminder.when", { at: appointmentTime(r, new Date(data.at), data.officeTimeZone ?? null) }),
        r.t("emails.appointmentReminder.notice"),
        r.t("emails.layout.alertSettings"),
      ],
      { label: r.t("emails.appointmentReminder.link"), url: data.url },
    ),
  // Filing online. Like the alerts, no answers or addresses: only the confirmation number, which
  // names nothing to someone who reads it, and where to look.
  "address-change-confirmed": (data: { confirmationNumber: string; casesUpdated: number; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.addressChangeConfirmed.subject"),
      [
        r.t("emails.addressChangeConfirmed.received", { confirmationNumber: data.confirmationNumber }),
        data.casesUpdated === 0
          ? r.t("emails.addressChangeConfirmed.noCases")
          : r.t("emails.addressChangeConfirmed.cases", { count: data.casesUpdated }),
        r.t("emails.addressChangeConfirmed.keep"),
      ],
      { label: r.t("emails.addressChangeConfirmed.link"), url: data.url },
    ),
  /** `deleteOn`: the day, as the caller wrote it (an ISO instant is shown in the reader's zone). */
  "draft-expiring": (data: { formType: string; deleteOn: string; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.draftExpiring.subject"),
      [
        r.t("emails.draftExpiring.started", { formType: data.formType }),
        r.t("emails.draftExpiring.deletion", { deleteOn: ISO_INSTANT.test(data.deleteOn) ? day(r, data.deleteOn) : data.deleteOn }),
        r.t("emails.draftExpiring.noNeed"),
      ],
      { label: r.t("emails.draftExpiring.link"), url: data.url },
    ),
  // A form a representative prepared for a client. Names the form type and the representative
  // (the client needs to know who asks), never an answer.
  "client-review-invitation": (data: { representativeName: string; formType: string; link: string; expiresInDays: number }, r: Reader) =>
    email(
      r,
      r.t("emails.clientReviewInvitation.subject"),
      [
        r.t("emails.clientReviewInvitation.prepared", { representativeName: data.representativeName, formType: data.formType }),
        r.t("emails.clientReviewInvitation.open"),
        r.t("emails.clientReviewInvitation.expiry", { days: data.expiresInDays }),
      ],
      { label: r.t("emails.clientReviewInvitation.link"), url: data.link },
    ),
  "client-review-changes-requested": (data: { clientName: string; formType: string; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.clientReviewChangesRequested.subject"),
      [
        r.t("emails.clientReviewChangesRequested.asked", { clientName: data.clientName, formType: data.formType }),
        r.t("emails.clientReviewChangesRequested.next"),
      ],
      { label: r.t("emails.clientReviewChangesRequested.link"), url: data.url },
    ),
  "client-review-declined": (data: { clientName: string; formType: string; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.clientReviewDeclined.subject"),
      [r.t("emails.clientReviewDeclined.declined", { clientName: data.clientName, formType: data.formType })],
      { label: r.t("emails.clientReviewDeclined.link"), url: data.url },
    ),
  "client-review-signed": (data: { clientName: string; formType: string; url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.clientReviewSigned.subject"),
      [
        r.t("emails.clientReviewSigned.signed", { clientName: data.clientName, formType: data.formType }),
        r.t("emails.clientReviewSigned.next"),
      ],
      { label: r.t("emails.clientReviewSigned.link"), url: data.url },
    ),
  // Representatives: a courtesy copy of the client's case alert, and the agency's reply in their own
  // thread. Like the alerts, nothing of the case in the text; the link opens the case (or thread).
  "representative-courtesy-copy": (data: { url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.representativeCourtesyCopy.subject"),
      [r.t("emails.representativeCourtesyCopy.update"), r.t("emails.representativeCourtesyCopy.privacy")],
      { label: r.t("emails.representativeCourtesyCopy.link"), url: data.url },
    ),
  "representative-new-message": (data: { url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.representativeNewMessage.subject"),
      [r.t("emails.representativeNewMessage.replied"), r.t("emails.representativeNewMessage.privacy")],
      { label: r.t("emails.representativeNewMessage.link"), url: data.url },
    ),
  // Representation (G-28). Like the alerts, no receipt number or names: who ended it, and where to look.
  "representation-started-representative": (data: { url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.representationStartedRepresentative.subject"),
      [r.t("emails.representationStartedRepresentative.recorded"), r.t("emails.representationStartedRepresentative.privacy")],
      { label: r.t("emails.representationStartedRepresentative.link"), url: data.url },
    ),
  "representation-started-client": (data: { url: string }, r: Reader) =>
    email(
      r,
      r.t("emails.representationStartedClient.subject"),
      [r.t("emails.representationStartedClient.recorded"), r.t("emails.representationStartedClient.seeWho")],
      { label: r.t("emails.representationStartedClient.link"), url: data.url },
    ),
  "representation-ended": (
    data: { audience: "CLIENT" | "REPRESENTATIVE"; endedBy: "CLIENT" | "REPRESENTATIVE" | "OFFICER"; url: string },
    r: Reader,
  ) => {
    const client = data.audience === "CLIENT";
    const who = client
      ? {
          CLIENT: r.t("emails.representationEnded.clientByClient"),
          REPRESENTATIVE: r.t("emails.representationEnded.clientByRepresentative"),
          OFFICER: r.t("emails.representationEnded.clientByOfficer"),
        }
      : {
          CLIENT: r.t("emails.representationEnded.representativeByClient"),
          REPRESENTATIVE: r.t("emails.representationEnded.representativeByRepresentative"),
          OFFICER: r.t("emails.representationEnded.representativeByOfficer"),
        };
    return email(
      r,
      client ? r.t("emails.representationEnded.clientSubject") : r.t("emails.representationEnded.representativeSubject"),
      [who[data.endedBy], client ? r.t("emails.representationEnded.clientAfter") : r.t("emails.representationEnded.representativeAfter")],
      { label: r.t("emails.representationEnded.link"), url: data.url },
    );
  },
} satisfies Record<string, (data: never, reader: Reader) => Rendered>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export const smsTemplates = {
  "verification-code": (data: { code: string }, r: Reader) =>
    smsText(r.t("sms.verificationCode", { code: data.code, agency: agencyName() })),
  "case-update": (data: { url: string }, r: Reader) => smsText(r.t("sms.caseUpdate", { agency: agencyName(), url: data.url })),
  "new-message": (data: { url: string }, r: Reader) => smsText(r.t("sms.newMessage", { agency: agencyName(), url: data.url })),
  "evidence-due-reminder": (data: { dueOn: string; daysLeft: number; url: string }, r: Reader) =>
    smsText(r.t("sms.evidenceDueReminder", { agency: agencyName(), dueOn: dueDay(r, data.dueOn), url: data.url })),
  "appointment-reminder": (data: { at: string; officeTimeZone?: string | null; url: string }, r: Reader) =>
    smsText(
      r.t("sms.appointmentReminder", {
        agency: agencyName(),
        at: appointmentTime(r, new Date(data.at), data.officeTimeZone ?? null),
        url: data.url,
      }),
    ),
} satisfies Record<string, (data: never, reader: Reader) => string>;

export type EmailTemplate = keyof typeof emailTemplates;
export type SmsTemplate = keyof typeof smsTemplates;
