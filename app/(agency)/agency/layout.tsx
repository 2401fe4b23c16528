import { ClientMessages } from "@/components/i18n/client-messages";
import { IdleTimeoutWarning } from "@/components/session/idle-timeout-warning";
import { currentSession } from "@/lib/auth/current-session";
import { isOfficer } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { ConsoleNav } from "@/components/layout/console-nav";
import { signOutAction } from "@/app/sign-out-action";

// The console's frame: its navigation and the idle-timeout warning. Each page checks the officer
// itself (officerContext); this only reads the session, and shows nothing of the console to anyone
// else, so their "page not found" looks like any other. The console's forms get its texts here.
export default async function AgencyLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  if (!isOfficer(session)) return children;
  return (
    <ClientMessages namespaces={["agency"]}>
      <ConsoleNav />
      {children}
      <IdleTimeoutWarning idleMinutes={env().SESSION_IDLE_MINUTES} owner={session.user.id} signOutAction={signOutAction} />
    </ClientMessages>
  );
}
