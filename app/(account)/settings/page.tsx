import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatAccountNumber } from "@/lib/account/account-number";
import { accountNumberOf } from "@/lib/account/account-number-of";
import { isApplicant, isOfficer, isRepresentative } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Account settings" };

type Section = {
  heading: string;
  links: { href: string; label: string; hint: string; applicantOnly?: boolean; representativeOnly?: boolean }[];
};

// Officers and representatives get the security settings every account has. The applicant-only
// links are about the applicant's cases and identity: contact details and alerts serve their cases,
// and an officer's email address is the one the agency invited (it names them in the audit log), so
// only the agency changes it; a representative's details are their profile, which officers verify.
const SECTIONS: Section[] = [
  {
    heading: "Sign-in and security",
    links: [
      { href: "/settings/password", label: "Change password", hint: "You will need your current password." },
      { href: "/settings/email", label: "Change email address", hint: "We confirm the new address by email.", applicantOnly: true },
      {
        href: "/settings/verification-methods",
        label: "Two-step verification methods",
        hint: "Authentication app, email, text message; change your mobile number.",
      },
      { href: "/settings/passkeys", label: "Passkeys", hint: "Sign in with your fingerprint, face or device PIN instead of a code." },
      { href: "/settings/backup-code", label: "Backup code", hint: "Get a new backup code if you lost yours." },
      { href: "/settings/security-questions", label: "Password reset questions", hint: "Choose new questions or answers." },
    ],
  },
  {
    heading: "Your information",
    links: [
      {
        href: "/representative/profile",
        label: "Representative profile",
        hint: "Your name, firm or organization, office address and phone, and your bar admissions or accreditation.",
        representativeOnly: true,
      },
      {
        href: "/settings/contact",
        label: "Contact information",
        hint: "Your name, mailing address and daytime phone.",
        applicantOnly: true,
      },
      {
        href: "/settings/alerts",
        label: "Alerts",
        hint: "Choose whether we email or text you when a case changes.",
        applicantOnly: true,
      },
    ],
  },
  {
    heading: "Activity",
    links: [
      {
        href: "/settings/sessions",
        label: "Where you're signed in",
        hint: "See your sessions and sign out of the ones you don't recognize.",
      },
      { href: "/settings/history", label: "Account history", hint: "Sign-ins, failed attempts, lockouts and changes to your account." },
    ],
  },
];

const CHANGED: Record<string, string> = {
  password: "Your password was changed. Other devices were signed out. We emailed you a notice.",
  questions: "Your password reset questions were saved. We emailed you a notice.",
  "backup-code": "Your new backup code is saved. The old one no longer works.",
};

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const { session } = await signedInContext();
  const { changed } = await searchParams;
  const officer = isOfficer(session);
  const applicant = isApplicant(session);
  const representative = isRepresentative(session);
  const accountNumber = await accountNumberOf(session);
  const sections = SECTIONS.map((section) => ({
    ...section,
    links: section.links.filter((link) => !(link.applicantOnly && !applicant) && !(link.representativeOnly && !representative)),
  })).filter((section) => section.links.length > 0);
  return (
    <>
      <h1>Account settings</h1>
      {changed && Object.hasOwn(CHANGED, changed) && (
        <Alert kind="success" testId="settings-changed">
          <p>{CHANGED[changed]}</p>
        </Alert>
      )}
      <p className="text-muted">
        Signed in as <strong className="text-ink">{session.user.email}</strong>. Changes to your security settings ask you to confirm
        it&apos;s you, and we email you about each one.
      </p>
      <dl className="mb-6 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Account number</dt>
        <dd className="m-0 font-mono whitespace-nowrap" data-testid="account-number">
          {formatAccountNumber(accountNumber)}
        </dd>
      </dl>
      <p className="max-w-prose text-muted">Your account number is on every notice. Give it when you contact the help desk.</p>
      {officer && (
        <p className="max-w-prose text-muted" data-testid="officer-settings-note">
          As an officer you manage your own sign-in and security here. Your email address is the one the agency invited; ask the agency to
          change it.
        </p>
      )}
      {sections.map((section) => (
        <section key={section.heading} aria-labelledby={`section-${slug(section.heading)}`} className="mb-8">
          <h2 id={`section-${slug(section.heading)}`}>{section.heading}</h2>
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

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
