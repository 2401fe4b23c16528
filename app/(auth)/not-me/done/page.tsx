import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("passwordReset.notMe.doneTitle") };
}

export default async function NotMeDonePage() {
  const t = await getT();
  return (
    <>
      <h1>{t("passwordReset.notMe.doneTitle")}</h1>
      <Alert kind="success" testId="not-me-done">
        <p>{t("passwordReset.notMe.doneAlert")}</p>
      </Alert>
      <p>{t("passwordReset.notMe.doneText")}</p>
      <p>
        <Link href="/forgot-password">{t("passwordReset.notMe.reset")}</Link>
      </p>
    </>
  );
}
