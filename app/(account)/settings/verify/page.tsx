import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { chosenWay, SecondStepWays } from "@/components/sign-in/second-step-ways";
import { secondStepView } from "@/lib/auth/second-step";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { hasPasskey } from "@/lib/passkeys/list-passkeys";
import { confirmItsYouAction, sendReauthCodeAction } from "./actions";
import { passkeyReauthAction, passkeyReauthOptionsAction } from "./passkey-actions";

export const metadata: Metadata = { title: "Confirm it's you" };

export default async function ReauthPage({ searchParams }: { searchParams: Promise<{ next?: string; way?: string | string[] }> }) {
  const { session } = await signedInContext();
  const query = await searchParams;
  const next = safeReturnPath(query.next);
  const [view, withPasskey] = await Promise.all([secondStepView(session), hasPasskey(session.user)]);
  const way = chosenWay(view, withPasskey, query.way);
  return (
    <>
      <h1>Confirm it&apos;s you</h1>
      <p className="max-w-prose">
        To change your security settings, {withPasskey ? "use a passkey or enter a verification code" : "enter a verification code"}. You
        won&apos;t be asked again for 20 minutes.
      </p>
      <SecondStepWays
        view={view}
        way={way}
        withPasskey={withPasskey}
        wayHref={(other) => `/settings/verify?${new URLSearchParams({ next, way: other.toLowerCase() })}`}
        sendAction={sendReauthCodeAction}
        verifyAction={confirmItsYouAction}
        passkey={{ optionsAction: passkeyReauthOptionsAction, verifyAction: passkeyReauthAction }}
        next={next}
      />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
