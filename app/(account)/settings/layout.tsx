import { ConsoleNav } from "@/components/layout/console-nav";
import { currentSession } from "@/lib/auth/current-session";
import { isOfficer } from "@/lib/auth/roles";

// An officer's settings are the console's too: they keep its navigation. Each page checks the
// session itself (its context); this only reads it.
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  return (
    <>
      {isOfficer(session) && <ConsoleNav />}
      {children}
    </>
  );
}
