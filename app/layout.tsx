import "@fontsource/public-sans/400.css";
import "@fontsource/public-sans/700.css";
import "./globals.css";
import type { Metadata } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RouteFocus } from "@/components/layout/route-focus";
import { SiteHeader } from "@/components/layout/site-header";
import { signOutAction } from "./sign-out-action";
import { agencyName, pageTitle, portalTitle } from "@/lib/branding";
import { currentSession } from "@/lib/auth/current-session";
import { navigationRole } from "@/lib/auth/roles";
import { requestLocale, getT } from "@/lib/i18n/request";
import { unreadThreadCount } from "@/lib/messages/thread-list";
import { chooseLanguageAction } from "./language-action";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const portal = portalTitle(t);
  return {
    title: { template: pageTitle(t, "%s"), default: portal },
    description: t("common.meta.description"),
    robots: { index: false },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await currentSession();
  const role = navigationRole(session);
  const unreadMessages = role === "applicant" && session ? await unreadThreadCount(session.user) : 0;
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Shared texts for client components anywhere on the page; a page adds its own with <ClientMessages>. */}
        <ClientMessages namespaces={[]}>
          <SiteHeader
            agencyName={agencyName()}
            session={role}
            unreadMessages={unreadMessages}
            signOutAction={signOutAction}
            chooseLanguageAction={chooseLanguageAction}
          />
          <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          {/* After main, so that what the new page focuses by itself comes first. */}
          <RouteFocus mainId="main-content" />
          <SiteFooter agencyName={agencyName()} />
        </ClientMessages>
      </body>
    </html>
  );
}
