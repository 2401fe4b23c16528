import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackupCodePanel } from "@/components/ui/backup-code-panel";
import { StepIndicator } from "@/components/ui/step-indicator";
import { issueSignUpBackupCode } from "@/lib/registration/backup-code-step";
import { confirmSavedAction } from "./actions";

export const metadata: Metadata = { title: "Save your backup code" };

export default async function BackupCodePage() {
  const { session, request } = await signUpStepContext("BACKUP_CODE");
  const code = await issueSignUpBackupCode(session, request);
  if (!code) redirect("/sign-in?reason=continue-sign-up");
  return (
    <>
      <StepIndicator current="BACKUP_CODE" />
      <h1>Save your backup code</h1>
      <p>
        If you lose access to your verification method (a new phone, a lost device), this backup code lets you sign in instead of a
        verification code. It works once; after you use it, we give you a new one.
      </p>
      <p>
        <strong>We show it only now.</strong> Print it, download it or copy it into your password manager, and keep it somewhere safe. If
        you leave this page without saving it, coming back shows a new code and this one stops working.
      </p>
      <BackupCodePanel code={code} confirmAction={confirmSavedAction} />
    </>
  );
}
