import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { ChangeMethodForm, CodeForm, ResendCodeForm } from "./code-forms";
import { StepIndicator } from "@/components/ui/step-indicator";
import { signUpVerificationView } from "@/lib/registration/verify-mfa";

export const metadata: Metadata = { title: "Enter your verification code" };

export default async function VerificationCodePage() {
  const { session } = await signUpStepContext("MFA_VERIFY");
  const view = await signUpVerificationView(session);
  return (
    <>
      <StepIndicator current="MFA_VERIFY" />
      <h1>{view.kind === "TOTP" ? "Set up your authentication app" : "Enter your verification code"}</h1>
      {view.kind === "TOTP" ? (
        <>
          <ol className="mb-6 max-w-prose list-decimal pl-6">
            <li className="mb-2">
              Open your authentication app (for example Google Authenticator, Microsoft Authenticator, 1Password or Authy).
            </li>
            <li className="mb-2">Add an account, then scan this QR code, or type the key below instead.</li>
            <li>Enter the 6-digit code the app shows.</li>
          </ol>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated on the server */}
          <img
            src={view.qrDataUrl}
            width={220}
            height={220}
            alt="QR code to add this account to your authentication app. If you cannot scan it, type the key shown below."
            className="mb-4 border border-line"
          />
          <p className="mb-1 font-bold" id="totp-key-label">
            Key for manual entry
          </p>
          <p className="mb-6 font-mono text-xl tracking-wider" aria-labelledby="totp-key-label" data-testid="totp-key">
            {view.key}
          </p>
        </>
      ) : (
        <p data-testid="code-sent-to">
          We sent a 6-digit code by {view.channel === "SMS" ? "text message" : "email"} to <strong>{view.sentTo}</strong>. It expires 10
          minutes after it was sent.
        </p>
      )}
      <CodeForm isApp={view.kind === "TOTP"} />
      <div className="mt-8 flex flex-wrap gap-6">
        {view.kind === "CODE" && <ResendCodeForm />}
        <ChangeMethodForm />
      </div>
    </>
  );
}
