import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import type { ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { formatUsPhone, type ContactField, type ContactInput } from "./contact-schema";

export type ContactValues = Record<ContactField, string>;

/** The person's contact information as the form shows it. */
export async function contactInformation(actor: Pick<Actor, "id">): Promise<ContactValues> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
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
  input: ContactInput,
  info: RequestInfo,
): Promise<ActionResult> {
  // Sent back to the form with the refusal, so nothing typed is lost.
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return { ...refused, values: { ...input, contactPhone: formatUsPhone(input.contactPhone) } };
  const data = input;
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
