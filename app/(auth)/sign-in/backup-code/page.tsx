import { passwordOnlyContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getT } from "@/lib/i18n/request";
import { BackupCodeForm } from "./backup-code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signIn.backupCode.title") };
}

export default async function BackupCodeSignInPage() {
  await passwordOnlyContext();
  const t = await getT();
  return (
    <>
      <h1>{t("signIn.backupCode.title")}</h1>
      <p className="max-w-prose">{t("signIn.backupCode.intro")}</p>
      <ClientMessages namespaces={["signIn"]}>
        <BackupCodeForm />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/sign-in/verify">{t("signIn.backupCode.useCodeInstead")}</Link>
      </p>
    </>
  );
}
