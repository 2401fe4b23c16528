import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("passwordReset.done.title") };
}

export default async function ResetDonePage() {
  const t = await getT();
  return (
    <>
      <h1>{t("passwordReset.done.title")}</h1>
      <Alert kind="success" testId="reset-done">
        <p>{t("passwordReset.done.alert")}</p>
      </Alert>
      <p>{t("passwordReset.done.signedOut")}</p>
      <p>
        <Link href="/sign-in">{t("passwordReset.done.signIn")}</Link>
      </p>
    </>
  );
}
