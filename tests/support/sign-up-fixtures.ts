// Helpers for integration tests of the sign-up domain: people at a given step, sessions built from
// database rows (what lib/auth would hand to an action), and the codes and links in the outbox.
import { db } from "@/lib/db";
import type { RequestInfo } from "@/lib/http/request-info";
import { createSession, findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import type { RegistrationStep, SessionLevel } from "@/lib/generated/prisma/client";

export const info: RequestInfo = { ip: "203.0.113.7", userAgent: "vitest integration", requestId: "test-request" };

/** A password that meets every rule and is on no list. */
export const GOOD_PASSWORD = "Tangerine-Lantern-42!";

let counter = 0;
export function uniqueEmail(prefix = "applicant"): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@example.com`;
}

export async function createUser(step: RegistrationStep, email = uniqueEmail()): Promise<{ id: string; email: string }> {
  return db().user.create({
    data: { email, registrationStep: step, emailConfirmedAt: step === "CONFIRM_EMAIL" ? null : new Date() },
    select: { id: true, email: true },
  });
}

/** A live session for the user, read back the way every request reads it (findLiveSession). */
export async function sessionFor(userId: string, level: SessionLevel = "REGISTRATION"): Promise<CurrentSession & { token: string }> {
  const token = await db().$transaction((tx) => createSession(tx, userId, level, ["email-link"], info));
  const session = await findLiveSession(token, { touch: false });
  if (!session) throw new Error("the session just created is not live");
  return { ...session, token };
}

/** Re-reads the session (its user's step changes as they advance). */
export async function refresh(session: CurrentSession & { token: string }): Promise<CurrentSession & { token: string }> {
  const live = await findLiveSession(session.token, { touch: false });
  if (!live) throw new Error("the session is no longer live");
  return { ...live, token: session.token };
}

export function outboxFor(to: string) {
  return db().outboundMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

export function codeIn(body: string | null | undefined): string {
  const match = /\b(\d{6})\b/.exec(body ?? "");
  if (!match) throw new Error(`no 6-digit code in: ${body}`);
  return match[1];
}

export function tokenIn(body: string | null | undefined): string {
  const match = /[?&]token=([A-Za-z0-9_-]{43})\b/.exec(body ?? "");
  if (!match) throw new Error(`no confirmation link in: ${body}`);
  return match[1];
}

/** The newest message of a template sent to an address. */
export async function latestMessage(to: string, template?: string) {
  const row = await db().outboundMessage.findFirst({ where: { to, ...(template ? { template } : {}) }, orderBy: { createdAt: "desc" } });
  if (!row) throw new Error(`no ${template ?? ""} message to ${to}`);
  return row;
}

/** The newest 6-digit code sent to an address (email or phone). */
export async function latestCode(to: string): Promise<string> {
  return codeIn((await latestMessage(to, "verification-code")).body);
}
