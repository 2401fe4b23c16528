import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { SignUpIdleWarning } from "../idle-warning";
import { redirect } from "next/navigation";
import { BackupCodePanel } from "@/components/ui/backup-code-panel";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";
import { issueSignUpBackupCode } from "@/lib/registration/backup-code-step";
import { confirmSavedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.backupCode.title") };
}

export default async function BackupCodePage() {
  const { session, request } = await signUpStepContext("BACKUP_CODE");
  const code = await issueSignUpBackupCode(session, request);
  if (!code) redirect("/sign-in?reason=continue-sign-up");
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="BACKUP_CODE" />
      <h1>{t("signUp.backupCode.title")}</h1>
      <p>{t("signUp.backupCode.intro")}</p>
      <p>{t.rich("signUp.backupCode.onlyNow", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <BackupCodePanel code={code} confirmAction={confirmSavedAction} />
      <SignUpIdleWarning userId={session.user.id} />
    </>
  );
}
