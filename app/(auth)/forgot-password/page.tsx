import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("passwordReset.forgot.title") };
}

export default async function ForgotPasswordPage() {
  const t = await getT();
  return (
    <>
      <h1>{t("passwordReset.forgot.title")}</h1>
      <p>{t("passwordReset.forgot.intro")}</p>
      <p>{t("passwordReset.forgot.steps")}</p>
      <ClientMessages namespaces={["passwordReset"]}>
        <ForgotPasswordForm />
      </ClientMessages>
      <p>{t.rich("passwordReset.forgot.remembered", { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>
    </>
  );
}
