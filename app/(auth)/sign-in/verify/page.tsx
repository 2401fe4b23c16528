import { passwordOnlyContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { PasskeyCheck } from "@/components/passkeys/passkey-check";
import { SecondStepForms } from "@/components/sign-in/second-step-forms";
import { secondStepView } from "@/lib/auth/second-step";
import { hasPasskey } from "@/lib/passkeys/list-passkeys";
import { sendCodeAction, verifySignInCodeAction } from "../actions";
import { passkeySignInAction, passkeySignInOptionsAction } from "../passkey-actions";

export const metadata: Metadata = { title: "Two-step verification" };

export default async function SignInVerifyPage() {
  const { session } = await passwordOnlyContext();
  const [view, withPasskey] = await Promise.all([secondStepView(session), hasPasskey(session.user)]);
  return (
    <>
      <h1>Two-step verification</h1>
      {withPasskey && <PasskeyCheck optionsAction={passkeySignInOptionsAction} verifyAction={passkeySignInAction} />}
      {withPasskey && <h2>Or with a verification code</h2>}
      <SecondStepForms view={view} sendAction={sendCodeAction} verifyAction={verifySignInCodeAction} />
      <h2 className="mt-10 text-lg">Can&apos;t get a code?</h2>
      <p>
        <Link href="/sign-in/backup-code">Use your backup code</Link>
      </p>
    </>
  );
}
