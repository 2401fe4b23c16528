import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { chosenWay, SecondStepWays } from "@/components/sign-in/second-step-ways";
import { secondStepView } from "@/lib/auth/second-step";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { getReader, getT } from "@/lib/i18n/request";
import { confirmItsYouAction, sendReauthCodeAction } from "./actions";
import { passkeyReauthAction, passkeyReauthOptionsAction } from "./passkey-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.verify.title") };
}

export default async function ReauthPage({ searchParams }: { searchParams: Promise<{ next?: string; way?: string | string[] }> }) {
  const { session } = await signedInContext();
  const query = await searchParams;
  const next = safeReturnPath(query.next);
  const view = await secondStepView(session);
  const way = chosenWay(view, query.way);
  const { t } = await getReader();
  return (
    <>
      <h1>{t("settings.verify.title")}</h1>
      <p className="max-w-prose">{t("settings.verify.intro", { withPasskey: view.withPasskey ? "yes" : "no" })}</p>
      <SecondStepWays
        view={view}
        way={way}
        wayHref={(other) => `/settings/verify?${new URLSearchParams({ next, way: other.toLowerCase() })}`}
        sendAction={sendReauthCodeAction}
        verifyAction={confirmItsYouAction}
        passkey={{ optionsAction: passkeyReauthOptionsAction, verifyAction: passkeyReauthAction }}
        next={next}
      />
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
