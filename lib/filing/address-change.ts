import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { enqueueEmail } from "../notify/enqueue";
import type { Answers, FormDefinition } from "./definition";
import { ar11Change } from "./definitions/ar-11";
import { addressOf, type UsAddress } from "./definitions/shared";

// A change of address (AR-11) as submitted: the new mailing address goes onto the account's contact
// details and onto every pending case of the person, each with an entry in its history, and the
// person gets a confirmation email with the confirmation number. Runs inside submitFiling's
// transaction, so it happens exactly when the filing is submitted.

export const ADDRESS_CHANGED_TITLE = "Mailing Address Was Updated";

/**
 * Status titles (lib/cases/statuses.ts) after which a case is decided or over: approved, denied,
 * closed, rejected or withdrawn. Every other case is pending and takes a new address. A card still
 * being produced or mailed after an approval is past "Case Was Approved", and keeps its own
 * status title, so it is pending too: that is when the address matters most.
 */
export const DECIDED_STATUSES: readonly string[] = [
  "Case Was Approved",
  "Case Was Approved And My Decision Was Emailed",
  "Case Was Denied",
  "Case Was Rejected Because It Was Improperly Filed",
  "Case Rejected Because I Sent An Incorrect Fee",
  "Case Was Rejected Because I Did Not Sign My Form",
  "Withdrawal Acknowledgement Notice Was Sent",
  "Case Closed Benefit Received By Other Means",
];

export function isPendingStatus(status: string): boolean {
  return !DECIDED_STATUSES.includes(status);
}

export type MailingAddress = UsAddress & {
  /** One line per line, as kept on Case.mailingAddress. */
  lines: string;
};

/** "c/o Ana Diaz\n12 Main St\nApt 4\nBoston, MA 02110" */
export function mailingAddressLines(address: UsAddress): string {
  return [
    address.inCareOf ? `c/o ${address.inCareOf}` : "",
    address.addressLine1,
    address.addressLine2,
    `${address.city}, ${address.state} ${address.postalCode}`,
  ]
    .filter((line) => line.trim())
    .join("\n");
}

/**
 * The mailing address a filing gives, or null when it gives none: for a change of address the new
 * mailing address (where the person lives unless they gave another); for other forms the address
 * answered as the mailing address.
 */
export function newAddressOf(def: FormDefinition, answers: Answers): MailingAddress | null {
  const address = def.outcome === "address-change" ? ar11Change(answers).mailing : addressOf(answers, "mailing");
  if (!address.addressLine1 || !address.city || !address.state || !address.postalCode) return null;
  return { ...address, lines: mailingAddressLines(address) };
}

export async function applyAddressChange(
  tx: Tx,
  change: { ownerId: string; fullName: string; address: MailingAddress; confirmationNumber: string; now: Date },
): Promise<{ casesUpdated: number }> {
  const { address, now } = change;
  const owner = await tx.user.findUniqueOrThrow({ where: { id: change.ownerId }, select: { email: true, fullName: true } });
  await tx.user.update({
    where: { id: change.ownerId },
    data: {
      addressLine1: address.addressLine1,
      addressLine2: address.addressLine2 || null,
      city: address.city,
      state: address.state,
      postalCode: address.postalCode,
      // The contact name is the person's own choice; the form's name fills it only when empty.
      ...(owner.fullName ? {} : { fullName: change.fullName.slice(0, 100) || null }),
    },
  });
  const pending = await tx.case.findMany({
    where: { ownerId: change.ownerId, status: { notIn: [...DECIDED_STATUSES] } },
    select: { id: true },
  });
  for (const { id } of pending) {
    await tx.case.update({ where: { id }, data: { mailingAddress: address.lines } });
    // A history entry, not a status: the case's current status stays what it was.
    await tx.caseEvent.create({ data: { caseId: id, kind: "ADDRESS_CHANGED", status: ADDRESS_CHANGED_TITLE, at: now } });
  }
  await enqueueEmail(tx, owner.email, "address-change-confirmed", {
    confirmationNumber: change.confirmationNumber,
    casesUpdated: pending.length,
    url: new URL("/filings", env().APP_URL).toString(),
  });
  return { casesUpdated: pending.length };
}
