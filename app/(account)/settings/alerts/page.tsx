import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { alertPreferences } from "@/lib/account/alert-preferences";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { AlertPreferencesForm } from "./alert-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.alerts.title") };
}

export default async function AlertsPage() {
  const { actor } = await applicantContext();
  const preferences = await alertPreferences(actor);
  const t = await getT();
  return (
    <>
      <h1>{t("settings.alerts.title")}</h1>
      <p className="max-w-prose">{t("settings.alerts.intro")}</p>
      <ClientMessages namespaces={["settings"]}>
        <AlertPreferencesForm preferences={preferences} />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
