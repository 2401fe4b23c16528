import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LinkProblem } from "@/components/ui/link-problem";
import { ConfirmEmailForm } from "./confirm-email-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";
import type { Translate } from "@/lib/i18n/translator";
import { confirmationLinkAccountType, inspectConfirmationLink, type LinkState } from "@/lib/registration/confirm-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.confirm.title") };
}

type Problem = Exclude<LinkState, "valid">;
const PROBLEM_STATES: readonly string[] = ["expired", "used", "invalid"] satisfies Problem[];

function problemText(t: Translate, state: Problem): { heading: string; text: string } {
  switch (state) {
    case "expired":
      return { heading: t("signUp.confirm.expiredHeading"), text: t("signUp.confirm.expiredText") };
    case "used":
      return { heading: t("signUp.confirm.usedHeading"), text: t("signUp.confirm.usedText") };
    case "invalid":
      return { heading: t("signUp.confirm.invalidHeading"), text: t("signUp.confirm.invalidText") };
  }
}

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string; state?: string }> }) {
  const params = await searchParams;
  const { t } = await getReader();
  const token = typeof params.token === "string" ? params.token.slice(0, 100) : "";
  const state: LinkState = token
    ? await inspectConfirmationLink(token)
    : typeof params.state === "string" && PROBLEM_STATES.includes(params.state)
      ? (params.state as LinkState)
      : "invalid";

  if (state === "valid") {
    return (
      <>
        <StepIndicator current="CONFIRM_EMAIL" />
        <h1>{t("signUp.confirm.title")}</h1>
        <p>{t("signUp.confirm.intro")}</p>
        <ClientMessages namespaces={["signUp"]}>
          <ConfirmEmailForm token={token} submitLabel={t("signUp.confirm.submit")} accountType={await confirmationLinkAccountType(token)} />
        </ClientMessages>
      </>
    );
  }
  return (
    <>
      <StepIndicator current="CONFIRM_EMAIL" />
      <LinkProblem {...problemText(t, state)}>
        <li>
          <Link href="/sign-up/resend">{t("signUp.confirm.newLink")}</Link>
        </li>
        <li>{t.rich("signUp.confirm.signInInstead", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</li>
      </LinkProblem>
    </>
  );
}
