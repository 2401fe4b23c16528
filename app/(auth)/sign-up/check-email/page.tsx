import type { Metadata } from "next";
import Link from "next/link";
import { StepIndicator } from "@/components/ui/step-indicator";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.checkEmail.title") };
}

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ resent?: string }> }) {
  const { resent } = await searchParams;
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="CONFIRM_EMAIL" />
      <h1>{t("signUp.checkEmail.title")}</h1>
      {resent && (
        <Alert kind="success" live testId="resent-notice">
          <p>{t("signUp.checkEmail.resent")}</p>
        </Alert>
      )}
      <p>{t("signUp.checkEmail.intro")}</p>
      <ul className="mb-4 list-disc pl-6">
        <li>{t("signUp.checkEmail.expires")}</li>
        <li>{t("signUp.checkEmail.spam")}</li>
        <li>{t("signUp.checkEmail.existing")}</li>
      </ul>
      <p>
        <Link href="/sign-up/resend">{t("signUp.checkEmail.didntReceive")}</Link>
      </p>
    </>
  );
}
