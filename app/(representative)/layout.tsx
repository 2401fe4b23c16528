import { IdleTimeoutWarning } from "@/components/session/idle-timeout-warning";
import { currentSession } from "@/lib/auth/current-session";
import { env } from "@/lib/env";
import { signOutAction } from "../(account)/actions";

// Every representative page gets the idle-timeout warning, as account pages do. The pages check
// the session themselves; this only reads it and never redirects.
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
