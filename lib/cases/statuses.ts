import english from "../../messages/en/statuses.json";

// The public status titles (wording as the agency publishes it). Events store the English title as
// the official record; each title has a catalog key (messages/<locale>/statuses.json) under which
// its title, its plain-language explanation and what happens next are worded for the reader.

/** Stored English title -> catalog key. The one list of statuses, in the console's order. */
const STATUS_KEYS: Readonly<Record<string, string>> = {
  "Case Was Received": "caseWasReceived",
  "Case Was Received and A Receipt Notice Was Emailed": "receiptNoticeEmailed",
  "Case Accepted By The Lockbox": "acceptedByLockbox",
  "Fingerprint Fee Was Received": "fingerprintFeeReceived",
  "Biometrics Appointment Was Scheduled": "biometricsScheduled",
  "Request To Reschedule My Appointment Was Received": "rescheduleRequestReceived",
  "Case Was Updated To Show Fingerprints Were Taken": "fingerprintsTaken",
  "Case Is Being Actively Reviewed": "activelyReviewed",
  "Case is Ready to Be Scheduled for An Interview": "readyForInterview",
  "Interview Was Scheduled": "interviewScheduled",
  "Interview Was Rescheduled": "interviewRescheduled",
  "Interview Cancelled": "interviewCancelled",
  "Interview Was Completed And My Case Must Be Reviewed": "interviewCompleted",
  "Request for Initial Evidence Was Sent": "initialEvidenceRequested",
  "Request for Additional Evidence Was Sent": "additionalEvidenceRequested",
  "Response To Request For Evidence Was Received": "evidenceResponseReceived",
  "Correspondence Was Received And Is Being Reviewed": "correspondenceReceived",
  "Expedite Request Received": "expediteRequestReceived",
  "Expedite Request Denied": "expediteRequestDenied",
  "Request For Premium Processing Services Was Received": "premiumProcessingReceived",
  "Case Transferred To Another Office": "transferredToAnotherOffice",
  "Case Was Transferred And A New Office Has Jurisdiction": "newOfficeHasJurisdiction",
  "Case Is On Hold Because Of Pending Litigation": "onHoldLitigation",
  "Notice Of Intent To Deny Was Sent": "intentToDenySent",
  "Case Was Approved": "caseApproved",
  "Case Was Approved And My Decision Was Emailed": "approvedAndEmailed",
  "New Card Is Being Produced": "cardBeingProduced",
  "Card Was Mailed To Me": "cardMailed",
  "Card Was Picked Up By The United States Postal Service": "cardPickedUpByPostalService",
  "Card Was Delivered To Me By The Post Office": "cardDelivered",
  "Card Was Returned By The Post Office": "cardReturned",
  "Document Was Mailed To Me": "documentMailed",
  "Travel Document Was Mailed": "travelDocumentMailed",
  "Oath Ceremony Notice Was Mailed": "oathCeremonyNoticeMailed",
  "Case Was Denied": "caseDenied",
  "Case Was Rejected Because It Was Improperly Filed": "rejectedImproperlyFiled",
  "Case Rejected Because I Sent An Incorrect Fee": "rejectedIncorrectFee",
  "Case Was Rejected Because I Did Not Sign My Form": "rejectedNotSigned",
  "Case Was Reopened": "caseReopened",
  "Withdrawal Acknowledgement Notice Was Sent": "withdrawalAcknowledged",
  "Fee Will Be Refunded": "feeRefunded",
  "Duplicate Notice Was Mailed": "duplicateNoticeMailed",
  "Name Was Updated": "nameUpdated",
  "Date of Birth Was Updated": "birthDateUpdated",
  "Case Closed Benefit Received By Other Means": "closedBenefitReceived",
};

/**
 * History entries that are not statuses (the case's status stays what it was), stored as their
 * English title -> catalog key: worded like a status, never one to set.
 */
const ENTRY_KEYS: Readonly<Record<string, string>> = {
  // ADDRESS_CHANGED (lib/filing/address-change.ts)
  "Mailing Address Was Updated": "mailingAddressUpdated",
  // REPRESENTATION_STARTED and REPRESENTATION_ENDED (lib/representation/representation-texts.ts)
  "A Legal Representative Was Added": "representativeAdded",
  "A Legal Representative's Access Ended": "representativeAccessEnded",
};

export type StatusInfo = {
  /** The stored English title (today's wording): the official record. */
  title: string;
  /** The catalog key under statuses.*, or null for a title the portal does not know. */
  key: string | null;
  /** The explanation and what happens next in English (pages show statusTexts() in the reader's language). */
  explanation: string;
  next: string;
};

/** The titles alone, in the same order: the console's list and the agency command's `list-statuses`. */
export const STATUS_TITLES: readonly string[] = Object.keys(STATUS_KEYS);

type EnglishStatus = { title: string; explanation: string; next: string };
const ENGLISH = english as unknown as Record<string, EnglishStatus>;

/** Every status in English, as the agency command lists it (its messages stay English). */
export const STATUSES: readonly EnglishStatus[] = STATUS_TITLES.map((title) => ({ ...ENGLISH[STATUS_KEYS[title]], title }));

// Titles stored before the portal named no agency in them; shown with today's wording.
const LEGACY_TITLES = new Map<string, string>([
  ["Case Accepted By The USCIS Lockbox", "Case Accepted By The Lockbox"],
  ["Case Is Being Actively Reviewed By USCIS", "Case Is Being Actively Reviewed"],
  ["Response To USCIS' Request For Evidence Was Received", "Response To Request For Evidence Was Received"],
  ["Correspondence Was Received And USCIS Is Reviewing It", "Correspondence Was Received And Is Being Reviewed"],
  ["Card Was Returned To USCIS", "Card Was Returned By The Post Office"],
]);

/** A stored status (or history entry) title as it is recorded today, in English. */
export function statusTitle(stored: string): string {
  return LEGACY_TITLES.get(stored) ?? stored;
}

/** The catalog key of a stored title (a status or another history entry), or null for one the portal does not know. */
export function statusKey(stored: string): string | null {
  const title = statusTitle(stored);
  if (Object.hasOwn(STATUS_KEYS, title)) return STATUS_KEYS[title];
  return Object.hasOwn(ENTRY_KEYS, title) ? ENTRY_KEYS[title] : null;
}

export function statusInfo(stored: string): StatusInfo {
  const title = statusTitle(stored);
  const key = statusKey(title);
  const english = ENGLISH[key ?? "unknown"];
  return { title, key, explanation: english.explanation, next: english.next };
}

type Translate = (key: string) => string;

/**
 * A stored title in the reader's language (t from getReader() or useTranslations()); an unknown
 * one as it was stored.
 */
export function statusTitleIn(stored: string, t: Translate): string {
  const key = statusKey(stored);
  return key ? t(`statuses.${key}.title`) : statusTitle(stored);
}

/** The title, explanation and what happens next of a stored status, in the reader's language. */
export function statusTexts(stored: string, t: Translate): { title: string; explanation: string; next: string } {
  const key = statusKey(stored);
  const base = `statuses.${key ?? "unknown"}`;
  return { title: statusTitleIn(stored, t), explanation: t(`${base}.explanation`), next: t(`${base}.next`) };
}

export function isStatusTitle(value: unknown): value is string {
  return typeof value === "string" && Object.hasOwn(STATUS_KEYS, value);
}

export const RESPONSE_RECEIVED = "Response To Request For Evidence Was Received";
