import { IdleTimeoutWarning } from "@/components/session/idle-timeout-warning";
import { env } from "@/lib/env";
import { signOutAction } from "@/app/sign-out-action";

/**
 * A sign-up step's session ends after the same idle time as any other: the same warning, so that
 * someone slowly choosing security questions or setting up an authenticator app is asked in time.
 */
export function SignUpIdleWarning({ userId }: { userId: string }) {
  return <IdleTimeoutWarning idleMinutes={env().SESSION_IDLE_MINUTES} owner={userId} signOutAction={signOutAction} />;
}
