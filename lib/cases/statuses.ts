// The public status titles (wording as the agency publishes it), each with a plain-language
// explanation and what happens next. Events store the title; this is the one list of them.

export type StatusInfo = { title: string; explanation: string; next: string };

export const STATUSES: readonly StatusInfo[] = [
  {
    title: "Case Was Received",
    explanation: "We received your case and it is waiting to be reviewed.",
    next: "You will get a receipt notice. Keep it: it has your receipt number. Processing takes several months for most forms.",
  },
  {
    title: "Case Was Received and A Receipt Notice Was Emailed",
    explanation: "We received your case and emailed you a receipt notice.",
    next: "Keep the receipt notice. Next, you may be scheduled for a biometrics (fingerprints and photo) appointment.",
  },
  {
    title: "Case Accepted By The Lockbox",
    explanation: "The office that opens mail accepted your filing and sent it on for processing.",
    next: "Your case will be sent to an office. You will get a receipt notice.",
  },
  {
    title: "Fingerprint Fee Was Received",
    explanation: "We received the fee for your fingerprints.",
    next: "You will get a notice with the date, time and place of your biometrics appointment.",
  },
  {
    title: "Biometrics Appointment Was Scheduled",
    explanation: "We scheduled an appointment to take your fingerprints, photo and signature.",
    next: "Go to the appointment shown on your appointment notice and bring the notice and a photo ID. If you cannot go, ask to reschedule before the date.",
  },
  {
    title: "Request To Reschedule My Appointment Was Received",
    explanation: "We received your request to move your appointment.",
    next: "You will get a new appointment notice.",
  },
  {
    title: "Case Was Updated To Show Fingerprints Were Taken",
    explanation: "Your fingerprints, photo and signature were taken and added to your case.",
    next: "Your case moves on to review. There is nothing you need to do now.",
  },
  {
    title: "Case Is Being Actively Reviewed",
    explanation: "An officer is reviewing your case.",
    next: "We will contact you if we need more information. There is nothing you need to do now.",
  },
  {
    title: "Case is Ready to Be Scheduled for An Interview",
    explanation: "Your case is ready for an interview, which has not been scheduled yet.",
    next: "You will get an interview notice with the date, time and place.",
  },
  {
    title: "Interview Was Scheduled",
    explanation: "We scheduled an interview for your case.",
    next: "Go to the interview shown on your interview notice and bring what the notice lists.",
  },
  {
    title: "Interview Was Rescheduled",
    explanation: "Your interview was moved to a new date.",
    next: "Check your new interview notice for the date, time and place.",
  },
  { title: "Interview Cancelled", explanation: "Your interview was cancelled.", next: "You will be told if a new interview is needed." },
  {
    title: "Interview Was Completed And My Case Must Be Reviewed",
    explanation: "Your interview took place and your case is being reviewed.",
    next: "We will send you a decision or ask for more information.",
  },
  {
    title: "Request for Initial Evidence Was Sent",
    explanation: "We need more evidence before we can continue with your case.",
    next: "Read the request for evidence and send what it asks for by the due date, using \u201cRespond to request for evidence\u201d on this page.",
  },
  {
    title: "Request for Additional Evidence Was Sent",
    explanation: "We need more evidence before we can decide your case.",
    next: "Read the request for evidence and send what it asks for by the due date, using \u201cRespond to request for evidence\u201d on this page.",
  },
  {
    title: "Response To Request For Evidence Was Received",
    explanation: "We received your response to our request for evidence.",
    next: "Your case goes back to review. There is nothing you need to do now.",
  },
  {
    title: "Correspondence Was Received And Is Being Reviewed",
    explanation: "We received something you sent and are reviewing it.",
    next: "We will contact you if we need anything else.",
  },
  {
    title: "Expedite Request Received",
    explanation: "We received your request to speed up your case.",
    next: "We will tell you whether the request was granted.",
  },
  {
    title: "Expedite Request Denied",
    explanation: "Your request to speed up your case was not granted.",
    next: "Your case continues in the normal order.",
  },
  {
    title: "Request For Premium Processing Services Was Received",
    explanation: "We received your request for premium processing.",
    next: "We will act on your case within the premium processing time frame.",
  },
  {
    title: "Case Transferred To Another Office",
    explanation: "Your case was sent to another office.",
    next: "You will get a transfer notice. The new office will contact you.",
  },
  {
    title: "Case Was Transferred And A New Office Has Jurisdiction",
    explanation: "Another office is now handling your case.",
    next: "The new office will contact you. There is nothing you need to do now.",
  },
  {
    title: "Case Is On Hold Because Of Pending Litigation",
    explanation: "Your case is on hold because of a court case that affects it.",
    next: "We will continue your case when the court case allows.",
  },
  {
    title: "Notice Of Intent To Deny Was Sent",
    explanation: "We plan to deny your case unless you send more information.",
    next: "Read the notice carefully and respond by its due date. You may want help from an attorney or accredited representative.",
  },
  {
    title: "Case Was Approved",
    explanation: "Your case was approved.",
    next: "You will get an approval notice. If a card or document comes with this approval, it will be mailed to you.",
  },
  {
    title: "Case Was Approved And My Decision Was Emailed",
    explanation: "Your case was approved and the decision was emailed to you.",
    next: "Keep the approval notice. If a card or document comes with this approval, it will be mailed to you.",
  },
  {
    title: "New Card Is Being Produced",
    explanation: "Your card is being made.",
    next: "It will be mailed to the address we have for you. Make sure your address is up to date.",
  },
  {
    title: "Card Was Mailed To Me",
    explanation: "Your card was mailed to you.",
    next: "It should arrive within a few weeks. Watch your mail.",
  },
  {
    title: "Card Was Picked Up By The United States Postal Service",
    explanation: "The post office picked up your card for delivery.",
    next: "It should arrive soon. Watch your mail.",
  },
  {
    title: "Card Was Delivered To Me By The Post Office",
    explanation: "The post office delivered your card.",
    next: "If you did not get it, contact us.",
  },
  {
    title: "Card Was Returned By The Post Office",
    explanation: "Your card was returned to us by the post office.",
    next: "Update your mailing address so we can send it again.",
  },
  {
    title: "Document Was Mailed To Me",
    explanation: "Your document was mailed to you.",
    next: "It should arrive within a few weeks. Watch your mail.",
  },
  {
    title: "Travel Document Was Mailed",
    explanation: "Your travel document was mailed to you.",
    next: "It should arrive within a few weeks. Watch your mail.",
  },
  {
    title: "Oath Ceremony Notice Was Mailed",
    explanation: "We mailed you a notice to attend your oath ceremony.",
    next: "Go to the ceremony shown on the notice and bring what it lists.",
  },
  {
    title: "Case Was Denied",
    explanation: "Your case was denied.",
    next: "Read the denial notice: it explains why and whether you can appeal or file a motion, and by when.",
  },
  {
    title: "Case Was Rejected Because It Was Improperly Filed",
    explanation: "Your filing could not be accepted as filed.",
    next: "Read the rejection notice for what was wrong. You may file again.",
  },
  {
    title: "Case Rejected Because I Sent An Incorrect Fee",
    explanation: "Your filing was rejected because the fee was not correct.",
    next: "File again with the correct fee.",
  },
  {
    title: "Case Was Rejected Because I Did Not Sign My Form",
    explanation: "Your filing was rejected because the form was not signed.",
    next: "Sign the form and file again.",
  },
  { title: "Case Was Reopened", explanation: "Your case was reopened.", next: "We will review it again and contact you." },
  {
    title: "Withdrawal Acknowledgement Notice Was Sent",
    explanation: "We received your request to withdraw your case and sent you a notice.",
    next: "There is nothing you need to do.",
  },
  { title: "Fee Will Be Refunded", explanation: "Your fee will be refunded.", next: "The refund is sent to the person who paid." },
  { title: "Duplicate Notice Was Mailed", explanation: "We mailed you a copy of a notice.", next: "Watch your mail." },
  { title: "Name Was Updated", explanation: "The name on your case was updated.", next: "There is nothing you need to do." },
  {
    title: "Date of Birth Was Updated",
    explanation: "The date of birth on your case was updated.",
    next: "There is nothing you need to do.",
  },
  {
    title: "Case Closed Benefit Received By Other Means",
    explanation: "Your case was closed because you received the benefit another way.",
    next: "There is nothing you need to do.",
  },
];

/** The titles alone, in the same order: the console's list and the agency command's `list-statuses`. */
export const STATUS_TITLES: readonly string[] = STATUSES.map((s) => s.title);

const BY_TITLE = new Map(STATUSES.map((s) => [s.title, s]));

// Titles stored before the portal named no agency in them; shown with today's wording.
const LEGACY_TITLES = new Map<string, string>([
  ["Case Accepted By The USCIS Lockbox", "Case Accepted By The Lockbox"],
  ["Case Is Being Actively Reviewed By USCIS", "Case Is Being Actively Reviewed"],
  ["Response To USCIS' Request For Evidence Was Received", "Response To Request For Evidence Was Received"],
  ["Correspondence Was Received And USCIS Is Reviewing It", "Correspondence Was Received And Is Being Reviewed"],
  ["Card Was Returned To USCIS", "Card Was Returned By The Post Office"],
]);

/** A stored status (or history entry) title as it is shown today. */
export function statusTitle(stored: string): string {
  return LEGACY_TITLES.get(stored) ?? stored;
}

export function statusInfo(stored: string): StatusInfo {
  const title = statusTitle(stored);
  return BY_TITLE.get(title) ?? { title, explanation: "Your case status changed.", next: "Check your notices for details." };
}

export function isStatusTitle(value: unknown): value is string {
  return typeof value === "string" && BY_TITLE.has(value);
}

export const RESPONSE_RECEIVED = "Response To Request For Evidence Was Received";
