import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { SignUpIdleWarning } from "../idle-warning";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MethodForm } from "./method-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";
import { maskEmail } from "@/lib/mfa/phone";
import { smsAvailable } from "@/lib/notify/transports";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.method.title") };
}

export default async function VerificationMethodPage() {
  const { session } = await signUpStepContext("MFA_METHOD");
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="MFA_METHOD" />
      <h1>{t("signUp.method.heading")}</h1>
      <p>{t("signUp.method.intro")}</p>
      <p>{t("signUp.method.appNote")}</p>
      <ClientMessages namespaces={["signUp"]}>
        <MethodForm emailMasked={maskEmail(session.user.email)} smsAvailable={smsAvailable()} />
      </ClientMessages>
      <SignUpIdleWarning userId={session.user.id} />
    </>
  );
}
