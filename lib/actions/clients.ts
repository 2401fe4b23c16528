import "server-only";
import { redirect } from "next/navigation";
import type { SignUpStep } from "../registration/steps";
import { localizeResult } from "../i18n/localize-result";
import { ambientReader } from "../i18n/ambient-reader";
// Registers the request's reader for ambientReader (and for the emails actions queue).
import "../i18n/request";
import { ActionClient, type Localize } from "./action-client";
import {
  applicantContext,
  filerContext,
  officerContext,
  passwordOnlyContext,
  publicContext,
  reauthPath,
  recentSecondStepContext,
  representativeContext,
  signedInContext,
  signUpStepContext,
  type SessionContext,
} from "./contexts";

// Every server action is built from one of these. See ./action-client.ts for what each one does.

/** Results reach the form in the asking person's language. */
export const localizeForRequest: Localize = async (result) => localizeResult(result, await ambientReader());

/** Anyone, signed in or not (sign-up's first page, sign-in, password reset). */
export const publicAction = new ActionClient(publicContext, [], localizeForRequest);

/** Any fully signed-in person, applicant or officer. */
export const signedInAction = new ActionClient(signedInContext, [], localizeForRequest);

/** A fully signed-in applicant. */
export const applicantAction = new ActionClient(applicantContext, [], localizeForRequest);

/** Online filing: an applicant, or a representative preparing a form for a client. */
export const filerAction = new ActionClient(filerContext, [], localizeForRequest);

/** A fully signed-in representative (their profile need not be there yet: lib/representation/representative-context.ts). */
export const representativeAction = new ActionClient(representativeContext, [], localizeForRequest);

/** A fully signed-in officer; anyone else gets 404. */
export const officerAction = new ActionClient(officerContext, [], localizeForRequest);

/** The second step of signing in. */
export const passwordOnlyAction = new ActionClient(passwordOnlyContext, [], localizeForRequest);

/**
 * A sign-up step: only a person on this step may run it; success (or a step already done in another
 * tab) moves them on to wherever they now belong; a refusal is shown.
 */
export function signUpStepAction(step: SignUpStep) {
  return new ActionClient(() => signUpStepContext(step), [], localizeForRequest).after((result) => {
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
  });
}

/**
 * A change to security settings: a person (of `base`, see recentSecondStepContext) whose second step
 * is recent (else off to the re-check, which comes back to `returnTo`), also when the domain refuses
 * for that reason.
 */
export function recentSecondStepAction(returnTo: string, base: () => Promise<SessionContext>) {
  return new ActionClient(() => recentSecondStepContext(returnTo, base), [], localizeForRequest).after((result) => {
    if (!result.ok && result.code === "reauth_required") redirect(reauthPath(returnTo));
  });
}
