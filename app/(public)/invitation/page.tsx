import type { Metadata } from "next";
import Link from "next/link";
import { RepresentativeNamed } from "@/components/filing/representative-named";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LinkProblem } from "@/components/ui/link-problem";
import { currentSession } from "@/lib/auth/current-session";
import { isApplicant, isFullySignedIn } from "@/lib/auth/roles";
import { invitationState } from "@/lib/filing/client-review";
import { getReader, getT } from "@/lib/i18n/request";
import { ClaimInvitationForm, ContinueToAccountForms } from "./invitation-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("invitation.title") };
}

// The link a client receives: what it is for, then their own account. Looking changes nothing; the
// button (signed in to an applicant account) claims it.
export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw.slice(0, 100) : "";
  const state = await invitationState(token);
  const { t, text } = await getReader();
  if (state.kind !== "valid") {
    return (
      <LinkProblem
        heading={t(state.kind === "expired" ? "invitation.expired.heading" : "invitation.invalid.heading")}
        text={t(state.kind === "expired" ? "invitation.expired.text" : "invitation.invalid.text")}
      >
        <li>{t.rich("invitation.openedBefore", { link: (chunks) => <Link href="/file">{chunks}</Link> })}</li>
      </LinkProblem>
    );
  }
  const session = await currentSession();
  return (
    <>
      <h1>{t("invitation.heading")}</h1>
      <p className="max-w-prose">{t("invitation.prepared", { formType: state.formType, formTitle: text(state.formTitle) })}</p>
      <RepresentativeNamed representative={state.representative} />
      <p className="max-w-prose">{t("invitation.howItWorks")}</p>
      {isApplicant(session) ? (
        <>
          <p>{t.rich("invitation.signedInAs", { email: session.user.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <ClientMessages namespaces={["invitation"]}>
            <ClaimInvitationForm token={token} />
          </ClientMessages>
        </>
      ) : isFullySignedIn(session) ? (
        <p className="max-w-prose" data-testid="not-an-applicant">
          {t("invitation.notAnApplicant")}
        </p>
      ) : (
        <>
          <p className="max-w-prose">{t("invitation.signInOrCreate")}</p>
          <ClientMessages namespaces={["invitation"]}>
            <ContinueToAccountForms token={token} />
          </ClientMessages>
        </>
      )}
    </>
  );
}
