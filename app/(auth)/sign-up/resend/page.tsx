import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResendConfirmationForm } from "./resend-confirmation-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.resend.title") };
}

export default async function ResendPage() {
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="CONFIRM_EMAIL" />
      <h1>{t("signUp.resend.title")}</h1>
      <p>{t("signUp.resend.intro")}</p>
      <ClientMessages namespaces={["signUp"]}>
        <ResendConfirmationForm />
      </ClientMessages>
      <p>
        <Link href="/sign-up/check-email">{t("signUp.resend.back")}</Link>
      </p>
    </>
  );
}
