import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { BackupCodePanel } from "@/components/ui/backup-code-panel";
import { renewedBackupCode } from "@/lib/auth/backup-code-sign-in";
import { getT } from "@/lib/i18n/request";
import { confirmNewBackupCodeSavedAction } from "./actions";
import { RegenerateBackupCodeForm } from "./regenerate-backup-code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.backupCode.title") };
}

export default async function BackupCodeSettingsPage() {
  const { session } = await recentSecondStepContext("/settings/backup-code", signedInContext);
  const code = await renewedBackupCode(session);
  const t = await getT();
  return (
    <>
      <h1>{t("settings.backupCode.title")}</h1>
      {code ? (
        <>
          <p className="max-w-prose">{t.rich("settings.backupCode.newCode", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <BackupCodePanel code={code} confirmAction={confirmNewBackupCodeSavedAction} />
        </>
      ) : (
        <>
          <p className="max-w-prose">{t("settings.backupCode.intro")}</p>
          <RegenerateBackupCodeForm label={t("settings.backupCode.getNew")} />
        </>
      )}
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
