import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { SignUpIdleWarning } from "../idle-warning";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PasswordForm } from "./password-form";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.password.title") };
}

export default async function PasswordPage() {
  const { session } = await signUpStepContext("PASSWORD");
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="PASSWORD" />
      <h1>{t("signUp.password.title")}</h1>
      <p>{t("signUp.password.intro")}</p>
      {/* Lets password managers save the password with the right account name. */}
      <ClientMessages namespaces={["signUp"]}>
        <PasswordForm email={session.user.email} />
      </ClientMessages>
      <SignUpIdleWarning userId={session.user.id} />
    </>
  );
}
