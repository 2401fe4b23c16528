import { IdleTimeoutWarning } from "@/components/session/idle-timeout-warning";
import { currentSession } from "@/lib/auth/current-session";
import { env } from "@/lib/env";
import { signOutAction } from "@/app/sign-out-action";

// A representative's pages get the idle-timeout warning, like every account page. The pages check
// the session themselves (representativeContext); this only reads it and never redirects.
export default async function RepresentativeLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  return (
    <>
      {children}
      {session?.level === "FULL" && (
        <IdleTimeoutWarning idleMinutes={env().SESSION_IDLE_MINUTES} owner={session.user.id} signOutAction={signOutAction} />
      )}
    </>
  );
}
