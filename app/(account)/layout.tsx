import { IdleTimeoutWarning } from "@/components/session/idle-timeout-warning";
import { currentSession } from "@/lib/auth/current-session";
import { env } from "@/lib/env";
import { signOutAction } from "@/app/sign-out-action";

// Every account page gets the idle-timeout warning. The pages check the session themselves; this
// only reads it (the same per-request lookup) and never redirects.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
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
