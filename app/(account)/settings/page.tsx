import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatAccountNumber } from "@/lib/account/account-number";
import { accountNumberOf } from "@/lib/account/account-number-of";
import { accountTimeZone } from "@/lib/account/time-zone";
import { isApplicant, isOfficer, isRepresentative } from "@/lib/auth/roles";
import { LANGUAGE_NAMES } from "@/lib/i18n/locales";
import { getReader, getT } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.home.title") };
}

type Section = {
  id: string;
  heading: string;
  links: { href: string; label: string; hint: string; applicantOnly?: boolean; representativeOnly?: boolean }[];
};

/** The success banners a change sends the person back with (?changed=…). */
const CHANGED = ["password", "questions", "backup-code", "time-zone", "language"] as const;

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const { session, actor } = await signedInContext();
  const { t, locale } = await getReader();
  const { changed } = await searchParams;
  const officer = isOfficer(session);
  const applicant = isApplicant(session);
  const representative = isRepresentative(session);
  const accountNumber = await accountNumberOf(session);
  const zone = await accountTimeZone(actor);
  const changedMessages: Record<(typeof CHANGED)[number], string> = {
    password: t("settings.home.changed.password"),
    questions: t("settings.home.changed.questions"),
    "backup-code": t("settings.home.changed.backupCode"),
    "time-zone": t("settings.home.changed.timeZone", { zone: zone.timeZone }),
    language: t("settings.home.changed.language"),
  };
  // Officers and representatives get the security settings every account has. The applicant-only
  // links are about the applicant's cases and identity: contact details and alerts serve their cases,
  // and an officer's email address is the one the agency invited (it names them in the audit log), so
  // only the agency changes it; a representative's details are their profile, which officers verify.
  const allSections: Section[] = [
    {
      id: "security",
      heading: t("settings.home.sections.security"),
      links: [
        { href: "/settings/password", label: t("settings.home.links.password"), hint: t("settings.home.links.passwordHint") },
        {
          href: "/settings/email",
          label: t("settings.home.links.email"),
          hint: t("settings.home.links.emailHint"),
          applicantOnly: true,
        },
        {
          href: "/settings/verification-methods",
          label: t("settings.home.links.methods"),
          hint: t("settings.home.links.methodsHint"),
        },
        { href: "/settings/passkeys", label: t("settings.home.links.passkeys"), hint: t("settings.home.links.passkeysHint") },
        { href: "/settings/backup-code", label: t("settings.home.links.backupCode"), hint: t("settings.home.links.backupCodeHint") },
        {
          href: "/settings/security-questions",
          label: t("settings.home.links.questions"),
          hint: t("settings.home.links.questionsHint"),
        },
      ],
    },
    {
      id: "information",
      heading: t("settings.home.sections.information"),
      links: [
        {
          href: "/representative/profile",
          label: t("settings.home.links.profile"),
          hint: t("settings.home.links.profileHint"),
          representativeOnly: true,
        },
        {
          href: "/settings/contact",
          label: t("settings.home.links.contact"),
          hint: t("settings.home.links.contactHint"),
          applicantOnly: true,
        },
        {
          href: "/settings/alerts",
          label: t("settings.home.links.alerts"),
          hint: t("settings.home.links.alertsHint"),
          applicantOnly: true,
        },
      ],
    },
    {
      id: "language-and-time",
      heading: t("settings.home.sections.languageAndTime"),
      links: [
        {
          href: "/settings/language",
          label: t("settings.home.links.language"),
          hint: t("settings.home.links.languageHint", { language: LANGUAGE_NAMES[locale] }),
        },
        {
          href: "/settings/time-zone",
          label: t("settings.home.links.timeZone"),
          hint: zone.isDefault
            ? t("settings.home.links.timeZoneDefaultHint", { zone: zone.timeZone })
            : t("settings.home.links.timeZoneHint", { zone: zone.timeZone }),
        },
      ],
    },
    {
      id: "activity",
      heading: t("settings.home.sections.activity"),
      links: [
        { href: "/settings/sessions", label: t("settings.home.links.sessions"), hint: t("settings.home.links.sessionsHint") },
        { href: "/settings/history", label: t("settings.home.links.history"), hint: t("settings.home.links.historyHint") },
      ],
    },
  ];
  const sections = allSections
    .map((section) => ({
      ...section,
      links: section.links.filter((link) => !(link.applicantOnly && !applicant) && !(link.representativeOnly && !representative)),
    }))
    .filter((section) => section.links.length > 0);
  const banner = CHANGED.find((key) => key === changed);
  return (
    <>
      <h1>{t("settings.home.title")}</h1>
      {banner && (
        <Alert kind="success" testId="settings-changed">
          <p>{changedMessages[banner]}</p>
        </Alert>
      )}
      <p className="text-muted">
        {t.rich("settings.home.signedInAs", {
          email: session.user.email,
          strong: (chunks) => <strong className="text-ink">{chunks}</strong>,
        })}
      </p>
      <dl className="mb-6 grid max-w-prose grid-cols-facts gap-x-4 gap-y-1">
        <dt className="text-muted">{t("settings.home.accountNumber")}</dt>
        <dd className="m-0 font-mono whitespace-nowrap" data-testid="account-number">
          {formatAccountNumber(accountNumber)}
        </dd>
        <dt className="text-muted">{t("settings.home.timeZone")}</dt>
        <dd className="m-0" data-testid="current-time-zone">
          {zone.isDefault ? t("settings.home.timeZoneDefault", { zone: zone.timeZone }) : zone.timeZone}
        </dd>
      </dl>
      <p className="max-w-prose text-muted">{t("settings.home.accountNumberUse")}</p>
      {officer && (
        <p className="max-w-prose text-muted" data-testid="officer-settings-note">
          {t("settings.home.officerNote")}
        </p>
      )}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mb-8">
          <h2 id={`section-${section.id}`}>{section.heading}</h2>
          <ul className="max-w-prose divide-y divide-line border-y border-line">
            {section.links.map((link) => (
              <li key={link.href} className="py-3">
                <Link href={link.href} className="font-bold">
                  {link.label}
                </Link>
                <p className="mb-0 text-muted">{link.hint}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
