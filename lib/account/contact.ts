import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import { fieldErrorsFrom, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { CONTACT_FIELDS, formatUsPhone, zContactForm, type ContactField } from "./contact-schema";

export type ContactValues = Record<ContactField, string>;

/** The person's contact information as the form shows it. */
export async function contactInformation(userId: string): Promise<ContactValues> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { fullName: true, addressLine1: true, addressLine2: true, city: true, state: true, postalCode: true, contactPhone: true },
  });
  return {
    fullName: user.fullName ?? "",
    addressLine1: user.addressLine1 ?? "",
    addressLine2: user.addressLine2 ?? "",
    city: user.city ?? "",
    state: user.state ?? "",
    postalCode: user.postalCode ?? "",
    contactPhone: formatUsPhone(user.contactPhone),
  };
}

/** Saves new contact information (after a recent re-check) and emails a notice about it. */
export async function updateContactInformation(
  session: Pick<CurrentSession, "id" | "user" | "secondStepAt">,
  input: Record<string, unknown>,
  info: RequestInfo,
): Promise<ActionResult> {
  // The submitted values go back to the form either way, so nothing typed is lost.
  const values = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, typeof input[field] === "string" ? String(input[field]).slice(0, 200) : ""]));
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return { ...refused, values };
  const parsed = zContactForm.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error.issues), values);
  const data = parsed.data;
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: session.user.id },
      data: { ...data, addressLine2: data.addressLine2 || null },
    });
    await recordSecurityEvent(tx, session.user.id, "contact.updated", info);
    await sendSecurityNotice(tx, session.user, "contact_changed", info);
  });
  return { ok: true };
}
