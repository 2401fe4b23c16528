import { passwordOnlyContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { chosenWay, SecondStepWays } from "@/components/sign-in/second-step-ways";
import { secondStepView } from "@/lib/auth/second-step";
import { getT } from "@/lib/i18n/request";
import { sendCodeAction, verifySignInCodeAction } from "../actions";
import { passkeySignInAction, passkeySignInOptionsAction } from "../passkey-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signIn.verify.title") };
}

export default async function SignInVerifyPage({ searchParams }: { searchParams: Promise<{ way?: string | string[] }> }) {
  const { session } = await passwordOnlyContext();
  const view = await secondStepView(session);
  const way = chosenWay(view, (await searchParams).way);
  const t = await getT();
  return (
    <>
      <h1>{t("signIn.verify.title")}</h1>
      <SecondStepWays
        view={view}
        way={way}
        wayHref={(other) => `/sign-in/verify?way=${other.toLowerCase()}`}
        backupCodeHref="/sign-in/backup-code"
        sendAction={sendCodeAction}
        verifyAction={verifySignInCodeAction}
        passkey={{ optionsAction: passkeySignInOptionsAction, verifyAction: passkeySignInAction }}
      />
    </>
  );
}
