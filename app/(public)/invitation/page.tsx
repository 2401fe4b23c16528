import type { Metadata } from "next";
import Link from "next/link";
import { RepresentativeNamed } from "@/components/filing/representative-named";
import { LinkProblem } from "@/components/ui/link-problem";
import { currentSession } from "@/lib/auth/current-session";
import { isApplicant, isFullySignedIn } from "@/lib/auth/roles";
import { invitationState } from "@/lib/filing/client-review";
import { ClaimInvitationForm, ContinueToAccountForms } from "./invitation-forms";

export const metadata: Metadata = { title: "A form to review" };

// The link a client receives: what it is for, then their own account. Looking changes nothing; the
// button (signed in to an applicant account) claims it.
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw.slice(0, 100) : "";
  const state = await invitationState(token);
  if (state.kind !== "valid") {
    return (
      <LinkProblem
        heading={state.kind === "expired" ? "This invitation has expired" : "This invitation link does not work"}
        text={
          state.kind === "expired"
            ? "Invitation links work for a limited time. Ask your representative to send the form to you again."
            : "It may have been used already, or replaced by a newer one. Copy the whole link from the newest email, or ask your representative to send the form again."
        }
      >
        <li>
          If you opened it before, <Link href="/file">find the form in your account</Link>
        </li>
      </LinkProblem>
    );
  }
  const session = await currentSession();
  return (
    <>
      <h1>A form to review and sign</h1>
      <p className="max-w-prose">
        A legal representative prepared a Form {state.formType}, {state.formTitle}, for you:
      </p>
      <RepresentativeNamed representative={state.representative} />
      <p className="max-w-prose">
        You review it in your own account. You can read every answer, ask your representative for changes, or sign the form and the consent
        to representation (Form G-28). Nothing is filed until you sign. Never share your password with anyone, including your
        representative.
      </p>
      {isApplicant(session) ? (
        <>
          <p>
            Signed in as <strong>{session.user.email}</strong>.
          </p>
          <ClaimInvitationForm token={token} />
        </>
      ) : isFullySignedIn(session) ? (
        <p className="max-w-prose" data-testid="not-an-applicant">
          You are signed in with an account that cannot review forms for itself. Sign out, then open this link again and sign in to your own
          applicant account.
        </p>
      ) : (
        <>
          <p className="max-w-prose">Sign in to your account, or create one if you do not have one yet. You will come back here.</p>
          <ContinueToAccountForms token={token} />
        </>
      )}
    </>
  );
}
