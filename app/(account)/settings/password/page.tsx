import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.password.title") };
}

export default async function ChangePasswordPage() {
  const { session } = await recentSecondStepContext("/settings/password", signedInContext);
  const t = await getT();
  return (
    <>
      <h1>{t("settings.password.title")}</h1>
      <p className="max-w-prose">{t("settings.password.intro")}</p>
      <ClientMessages namespaces={["settings"]}>
        <ChangePasswordForm email={session.user.email} />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
