import "server-only";
import { db } from "../db";
import { AgencyInputError } from "../cases/agency-operations";
import type { AuditActor } from "../audit/audit-actor";
import { recordAuditEntry } from "../audit/record-officer-action";
import { recordSecurityEvent } from "../audit/record-security-event";
import { newConfirmationLink } from "../registration/confirmation-link";
import { zEmail } from "../registration/schemas";
import { readerFor } from "../i18n/translator";

// Officer accounts exist only through this invitation (the agency command), never through sign-up.
// The link is the sign-up confirmation link of an account that is an officer's from the start:
// through it the officer sets a password, a verification method, a backup code and reset questions
// on the same pages applicants use. Like an applicant's, an invitation left after the method was
// verified goes on only after the second step is passed again (lib/auth/sign-in.ts).

const NOT_YET_PASSWORD = ["CONFIRM_EMAIL", "TERMS", "PASSWORD"];

export async function inviteOfficer(
  input: string | undefined,
  by?: AuditActor,
): Promise<{ email: string; link: string; expiresAt: Date; renewed: boolean }> {
  const parsed = zEmail.safeParse(input ?? "");
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message;
    throw new AgencyInputError(`${problem ? readerFor("en", "UTC").text(problem) : "Enter an email address."} Give it with --email.`);
  }
  const email = parsed.data;
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, registrationStep: true } });
    if (existing && existing.role !== "OFFICER") {
      throw new AgencyInputError(
        `${email} already has an applicant account. An officer needs an account of their own, with a different email address.`,
      );
    }
    if (existing && !NOT_YET_PASSWORD.includes(existing.registrationStep)) {
      throw new AgencyInputError(
        `${email} already has an officer account with a password. The officer signs in, or uses "Forgot your password?".`,
      );
    }
    const user = existing ?? (await tx.user.create({ data: { email, role: "OFFICER" }, select: { id: true } }));
    const { url, expiresAt } = await newConfirmationLink(tx, user.id);
    await recordSecurityEvent(tx, user.id, "officer.invited", { ip: null, userAgent: null });
    if (by) await recordAuditEntry(tx, by, "officer.invited", null, { email, renewed: Boolean(existing) });
    return { email, link: url, expiresAt, renewed: Boolean(existing) };
  });
}
