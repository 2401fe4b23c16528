import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { BackupCodePanel } from "@/components/ui/backup-code-panel";
import { homeFor } from "@/lib/sessions/home-for";
import { renewedBackupCode } from "@/lib/auth/backup-code-sign-in";
import { confirmRenewedCodeSavedAction } from "./actions";

export const metadata: Metadata = { title: "Your new backup code" };

export default async function NewBackupCodePage() {
  const { session } = await signedInContext();
  const code = await renewedBackupCode(session);
  if (!code) redirect(homeFor(session));
  return (
    <>
      <h1>Save your new backup code</h1>
      <Alert kind="info">
        <p>You signed in with your backup code, so it no longer works. We emailed you a notice. Here is your new backup code.</p>
      </Alert>
      <p className="max-w-prose">
        <strong>Save it now.</strong> Print it, download it or copy it into your password manager. Next, you can change your verification
        method if you lost the old one.
      </p>
      <BackupCodePanel code={code} confirmAction={confirmRenewedCodeSavedAction} />
    </>
  );
}
