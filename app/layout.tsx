import "@fontsource/public-sans/400.css";
import "@fontsource/public-sans/700.css";
import "./globals.css";
import type { Metadata } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { signOutAction } from "./(account)/actions";
import { agencyName } from "@/lib/branding";
import { currentSession } from "@/lib/auth/current-session";
import { navigationRole } from "@/lib/auth/roles";
import { unreadThreadCount } from "@/lib/messages/thread-list";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { template: `%s | ${agencyName()} Applicant Portal`, default: `${agencyName()} Applicant Portal` },
    description: "An independent portal for following immigration cases.",
    robots: { index: false },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  const role = navigationRole(session);
  const unreadMessages = role === "applicant" && session ? await unreadThreadCount(session.user) : 0;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteHeader agencyName={agencyName()} session={role} unreadMessages={unreadMessages} signOutAction={signOutAction} />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter agencyName={agencyName()} />
      </body>
    </html>
  );
}
