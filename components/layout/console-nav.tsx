import { getT } from "@/lib/i18n/request";
import { ConsoleNavLinks } from "./console-nav-links";

/** The console's navigation; also above an officer's own settings pages, which live under /settings. */
export async function ConsoleNav() {
  const t = await getT();
  const links = [
    { href: "/agency", label: t("agency.nav.workQueue") },
    { href: "/agency/search", label: t("agency.nav.findCase") },
    { href: "/agency/intake", label: t("agency.nav.intake") },
    { href: "/agency/representatives", label: t("agency.nav.representatives") },
    { href: "/agency/reschedule-requests", label: t("agency.nav.rescheduleRequests") },
    { href: "/agency/alerts", label: t("agency.nav.alerts") },
    { href: "/agency/audit", label: t("agency.nav.audit") },
    { href: "/settings", label: t("agency.nav.settings") },
  ];
  return <ConsoleNavLinks label={t("agency.nav.label")} links={links} />;
}
