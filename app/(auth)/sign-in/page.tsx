import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "./sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { currentSession } from "@/lib/auth/current-session";
import { signInPagePow } from "@/lib/auth/sign-in";
import { publicContext } from "@/lib/actions/contexts";
import { env } from "@/lib/env";
import { getReader, getT } from "@/lib/i18n/request";
import { timedOutMessage } from "@/lib/sessions/idle-limit-text";
import { homeFor } from "@/lib/sessions/home-for";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const session = await currentSession();
  if (session?.level === "FULL") redirect(homeFor(session));
  const { t } = await getReader();
  const { reason } = await searchParams;
  const powChallenge = await signInPagePow((await publicContext()).request);
  const reasons: Record<string, () => string> = {
    "timed-out": () => timedOutMessage(env().SESSION_IDLE_MINUTES, t),
    "signed-out": () => t("signIn.reasons.signedOut"),
    "signed-out-by-you": () => t("signIn.reasons.signedOutByYou"),
    "continue-sign-up": () => t("signIn.reasons.continueSignUp"),
  };
  const message = reason && Object.hasOwn(reasons, reason) ? reasons[reason]() : null;
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      {message && (
        <Alert kind="info" testId="sign-in-reason">
          <p>{message}</p>
        </Alert>
      )}
      <ClientMessages namespaces={["signIn"]}>
        <SignInForm powChallenge={powChallenge} />
      </ClientMessages>
      <p>
        <Link href="/forgot-password">{t("signIn.forgotPassword")}</Link>
      </p>
      <p>{t.rich("signIn.noAccount", { link: (chunks) => <Link href="/sign-up">{chunks}</Link> })}</p>
    </>
  );
}
