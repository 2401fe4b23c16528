import { recentSecondStepContext, signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { BackupCodePanel } from "@/components/ui/backup-code-panel";
import { renewedBackupCode } from "@/lib/auth/backup-code-sign-in";
import { confirmNewBackupCodeSavedAction } from "./actions";
import { RegenerateBackupCodeForm } from "./regenerate-backup-code-form";

export const metadata: Metadata = { title: "Backup code" };

export default async function BackupCodeSettingsPage() {
  const { session } = await recentSecondStepContext("/settings/backup-code", signedInContext);
  const code = await renewedBackupCode(session);
  return (
    <>
      <h1>Backup code</h1>
      {code ? (
        <>
          <p className="max-w-prose">
            <strong>This is your new backup code.</strong> Your old one no longer works. Save it now: we show it only here, until you
            confirm.
          </p>
          <BackupCodePanel code={code} confirmAction={confirmNewBackupCodeSavedAction} />
        </>
      ) : (
        <>
          <p className="max-w-prose">
            Your backup code lets you sign in if you can&apos;t get a verification code. If you lost it, or think someone else has seen it,
            get a new one: the old one stops working at once.
          </p>
          <RegenerateBackupCodeForm />
        </>
      )}
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
