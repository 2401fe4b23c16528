import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentSession } from "../auth/current-session";
import { hasRecentSecondStep } from "../auth/reauth";
import { actorOf, isApplicant, isFullySignedIn, isOfficer, isRepresentative, type Actor } from "../auth/roles";
import { requestInfo, type RequestInfo } from "../http/request-info";
import { pathForStep, type SignUpStep } from "../registration/steps";
import { homeFor } from "../sessions/home-for";
import type { CurrentSession } from "../sessions/sessions";

// The links of the one chain, each built on the one before: public -> signed in -> applicant or
// officer; signed in or applicant -> recent second step; and the half-way sessions (sign-up step, password only). Pages call
// these directly; actions get them through the clients in ./clients.ts. Each link either returns
// its context or redirects (or answers 404) before anything else runs.

export type PublicContext = { request: RequestInfo };
export type SessionContext = PublicContext & { session: CurrentSession; actor: Actor };

export async function publicContext(): Promise<PublicContext> {
  return { request: await requestInfo() };
}

function withSession(base: PublicContext, session: CurrentSession): SessionContext {
  return { ...base, session, actor: actorOf(session) };
}

/** Any fully signed-in person, applicant or officer (pages both share, like the renewed backup code). */
export async function signedInContext(): Promise<SessionContext> {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=signed-out");
  if (!isFullySignedIn(session)) redirect(homeFor(session));
  return withSession(await publicContext(), session);
}

/** Applicant account pages: the applicant's full session, or off to where this session belongs. */
export async function applicantContext(): Promise<SessionContext> {
  const context = await signedInContext();
  if (!isApplicant(context.session)) redirect(homeFor(context.session));
  return context;
}

/** A representative's pages: their full session; anyone else goes where their session belongs. */
export async function representativeContext(): Promise<SessionContext> {
  const context = await signedInContext();
  if (!isRepresentative(context.session)) redirect(homeFor(context.session));
  return context;
}

/**
 * Online filing's own pages (a draft, its documents, payment): an applicant filing for themselves,
 * or a representative preparing a form for a client. Each draft is still found by its owner.
 */
export async function filerContext(): Promise<SessionContext> {
  const context = await signedInContext();
  if (!isApplicant(context.session) && !isRepresentative(context.session)) redirect(homeFor(context.session));
  return context;
}

/**
 * The officer console: a fully signed-in officer. Everyone else, signed in or not, gets "page not
 * found", so the console's pages and actions do not even admit they exist.
 */
export async function officerContext(): Promise<SessionContext> {
  const session = await currentSession();
  if (!isOfficer(session)) notFound();
  return withSession(await publicContext(), session);
}

/**
 * Settings that change security: a second step passed in the last 20 minutes, or off to the re-check.
 * `base` says who may have the page at all: signedInContext for the security settings every account
 * has (officers too), applicantContext for the applicant's own (contact details, email address).
 */
export async function recentSecondStepContext(returnTo: string, base: () => Promise<SessionContext>): Promise<SessionContext> {
  const context = await base();
  if (!hasRecentSecondStep(context.session)) redirect(reauthPath(returnTo));
  return context;
}

export function reauthPath(returnTo: string): string {
  return `/settings/verify?next=${encodeURIComponent(returnTo)}`;
}

/** The second step of signing in: a session whose password is done and code is not. */
export async function passwordOnlyContext(): Promise<SessionContext> {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=signed-out");
  if (session.level !== "PASSWORD_ONLY") redirect(homeFor(session));
  return withSession(await publicContext(), session);
}

/** A sign-up page or action: a person on exactly this step; anyone else goes to the step they are on. */
export async function signUpStepContext(step: SignUpStep): Promise<SessionContext> {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=continue-sign-up");
  // homeFor also sends a session past the verified method that did not pass the second step itself away.
  if (session.level !== "REGISTRATION" || session.user.registrationStep !== step || homeFor(session) !== pathForStep(step)) {
    redirect(homeFor(session));
  }
  return withSession(await publicContext(), session);
}
