import { applicantContext, recentSecondStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { ChangeEmailForm } from "./change-email-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.email.title") };
}

export default async function ChangeEmailPage() {
  const { session } = await recentSecondStepContext("/settings/email", applicantContext);
  const t = await getT();
  return (
    <>
      <h1>{t("settings.email.title")}</h1>
      <p className="max-w-prose">
        {t.rich("settings.email.intro", { email: session.user.email, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <ClientMessages namespaces={["settings"]}>
        <ChangeEmailForm />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
