import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { BackupCodePanel } from "@/components/ui/backup-code-panel";
import { getT } from "@/lib/i18n/request";
import { homeFor } from "@/lib/sessions/home-for";
import { renewedBackupCode } from "@/lib/auth/backup-code-sign-in";
import { confirmRenewedCodeSavedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signIn.newBackupCode.title") };
}

export default async function NewBackupCodePage() {
  const { session } = await recentSecondStepContext("/sign-in/new-backup-code", signedInContext);
  const code = await renewedBackupCode(session);
  if (!code) redirect(homeFor(session));
  const t = await getT();
  return (
    <>
      <h1>{t("signIn.newBackupCode.heading")}</h1>
      <Alert kind="info">
        <p>{t("signIn.newBackupCode.used")}</p>
      </Alert>
      <p className="max-w-prose">{t.rich("signIn.newBackupCode.saveNow", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <BackupCodePanel code={code} confirmAction={confirmRenewedCodeSavedAction} />
    </>
  );
}
