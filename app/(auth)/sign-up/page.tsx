import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignUpEmailForm } from "./sign-up-email-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { currentSession } from "@/lib/auth/current-session";
import { getReader, getT } from "@/lib/i18n/request";
import { homeFor } from "@/lib/sessions/home-for";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.start.title") };
}

export default async function SignUpPage() {
  const session = await currentSession();
  if (session) redirect(homeFor(session));
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="EMAIL" />
      <h1>{t("signUp.start.title")}</h1>
      <p>{t("signUp.start.intro")}</p>
      <p>{t.rich("signUp.start.ownAccount", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>
      <ClientMessages namespaces={["signUp"]}>
        <SignUpEmailForm />
      </ClientMessages>
    </>
  );
}
