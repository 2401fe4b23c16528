import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";
import { RESET_REQUESTED } from "@/lib/recovery/request-password-reset";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("passwordReset.checkEmail.title") };
}

export default async function ResetCheckEmailPage() {
  const { t, text } = await getReader();
  return (
    <>
      <h1>{t("passwordReset.checkEmail.title")}</h1>
      <Alert kind="success" testId="reset-requested">
        <p>{text(RESET_REQUESTED)}</p>
      </Alert>
      <ul className="mb-4 list-disc pl-6">
        <li>{t("passwordReset.checkEmail.open")}</li>
        <li>{t("passwordReset.checkEmail.spam")}</li>
        <li>{t("passwordReset.checkEmail.earlier")}</li>
      </ul>
      <p>
        <Link href="/forgot-password">{t("passwordReset.checkEmail.newLink")}</Link>
      </p>
    </>
  );
}
