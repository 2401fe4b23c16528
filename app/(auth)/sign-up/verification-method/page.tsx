import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { MethodForm } from "./method-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { maskEmail } from "@/lib/mfa/phone";
import { smsAvailable } from "@/lib/notify/transports";

export const metadata: Metadata = { title: "Choose how to get verification codes" };

export default async function VerificationMethodPage() {
  const { session } = await signUpStepContext("MFA_METHOD");
  return (
    <>
      <StepIndicator current="MFA_METHOD" />
      <h1>Two-step verification</h1>
      <p>Each time you sign in, after your password you will enter a one-time verification code. Choose how you want to get it.</p>
      <p>An authentication app is the most secure choice and works without phone signal.</p>
      <MethodForm emailMasked={maskEmail(session.user.email)} smsAvailable={smsAvailable()} />
    </>
  );
}
