import { signUpStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { SignUpIdleWarning } from "../idle-warning";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ChangeMethodForm, CodeForm, ResendCodeForm } from "./code-forms";
import { StepIndicator } from "@/components/ui/step-indicator";
import { getReader, getT } from "@/lib/i18n/request";
import { signUpVerificationView } from "@/lib/registration/verify-mfa";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signUp.code.title") };
}

export default async function VerificationCodePage() {
  const { session } = await signUpStepContext("MFA_VERIFY");
  const view = await signUpVerificationView(session);
  const { t } = await getReader();
  return (
    <>
      <StepIndicator current="MFA_VERIFY" />
      <h1>{view.kind === "TOTP" ? t("signUp.code.appTitle") : t("signUp.code.title")}</h1>
      {view.kind === "TOTP" ? (
        <>
          <ol className="mb-6 max-w-prose list-decimal pl-6">
            <li className="mb-2">{t("signUp.code.appOpen")}</li>
            <li className="mb-2">{t("signUp.code.appScan")}</li>
            <li>{t("signUp.code.appEnter")}</li>
          </ol>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated on the server */}
          <img src={view.qrDataUrl} width={220} height={220} alt={t("signUp.code.qrAlt")} className="mb-4 border border-line" />
          <p className="mb-1 font-bold" id="totp-key-label">
            {t("signUp.code.keyLabel")}
          </p>
          <p className="mb-6 font-mono text-xl tracking-wider" aria-labelledby="totp-key-label" data-testid="totp-key">
            {view.key}
          </p>
        </>
      ) : (
        <p data-testid="code-sent-to">
          {t.rich("signUp.code.sentTo", {
            channel: view.channel,
            to: view.sentTo ?? "",
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      )}
      <ClientMessages namespaces={["signUp"]}>
        <CodeForm isApp={view.kind === "TOTP"} />
        <div className="mt-8 flex flex-wrap gap-6">
          {view.kind === "CODE" && <ResendCodeForm />}
          <ChangeMethodForm />
        </div>
      </ClientMessages>
      <SignUpIdleWarning userId={session.user.id} />
    </>
  );
}
