import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RepresentativeLabel } from "@/components/representation/representative-label";
import { Alert } from "@/components/ui/alert";
import { formatAccountNumber } from "@/lib/account/account-number";
import { formatUsPhone } from "@/lib/account/contact-schema";
import { officerContext } from "@/lib/actions/contexts";
import { getReader, getT } from "@/lib/i18n/request";
import { representativeForOfficer } from "@/lib/representation/representatives-for-officer";
import { MarkVerifiedForm } from "./mark-verified-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.rep.title") };
}

export default async function RepresentativePage({
  params,
  searchParams,
}: {
  params: Promise<{ accountNumber: string }>;
  searchParams: Promise<{ verified?: string }>;
}) {
  const { session } = await officerContext();
  const [{ accountNumber }, { verified }] = await Promise.all([params, searchParams]);
  const rep = await representativeForOfficer(session, accountNumber);
  if (!rep) notFound();
  const { profile } = rep;
  const { t, format } = await getReader();
  const row = (label: string, value: React.ReactNode, testId?: string) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd className="m-0 mb-2 break-words" data-testid={testId}>
        {value}
      </dd>
    </>
  );
  return (
    <>
      <p>
        <Link href="/agency/representatives">{t("agency.rep.back")}</Link>
      </p>
      <h1>{profile ? profile.fullName : rep.email}</h1>
      {verified && profile?.verifiedAt && (
        <Alert kind="success" live testId="verified-banner">
          <p>{t("agency.rep.verifiedBanner")}</p>
        </Alert>
      )}
      <dl className="mb-6 grid max-w-prose grid-cols-1 sm:grid-cols-facts sm:gap-x-6">
        {row(t("agency.rep.email"), rep.email)}
        {row(t("agency.rep.accountNumber"), <span className="font-mono">{formatAccountNumber(rep.accountNumber)}</span>)}
        {!rep.signUpComplete && row(t("agency.rep.signUp"), t("agency.rep.notFinished"))}
      </dl>
      {!profile ? (
        <p data-testid="no-profile">{t("agency.rep.noProfile")}</p>
      ) : (
        <>
          <section aria-labelledby="profile-heading" className="mb-8">
            <h2 id="profile-heading">{t("agency.rep.profile")}</h2>
            <p>
              {t("agency.rep.asClientsSee")}{" "}
              <RepresentativeLabel name={profile.fullName} organization={profile.organization} verified={!!profile.verifiedAt} />
            </p>
            <dl className="grid max-w-prose grid-cols-1 sm:grid-cols-facts sm:gap-x-6" data-testid="representative-profile">
              {row(t("agency.rep.kind"), t("agency.rep.kindValue", { kind: profile.kind }))}
              {row(t("agency.rep.organization"), profile.organization)}
              {row(
                t("agency.rep.address"),
                <>
                  {profile.addressLine1}
                  {profile.addressLine2 && (
                    <>
                      <br />
                      {profile.addressLine2}
                    </>
                  )}
                  <br />
                  {profile.city}, {profile.state} {profile.postalCode}
                </>,
              )}
              {row(t("agency.rep.phone"), formatUsPhone(profile.phone))}
              {profile.kind === "ACCREDITED_REPRESENTATIVE" && row(t("agency.rep.recognitionNumber"), profile.recognitionNumber ?? "")}
              {profile.kind === "ACCREDITED_REPRESENTATIVE" &&
                row(
                  t("agency.rep.accreditationExpires"),
                  // A calendar day, not a moment: read in UTC so it is the same day everywhere.
                  profile.accreditationExpiresOn
                    ? format.dateTime(new Date(`${profile.accreditationExpiresOn}T00:00:00Z`), "date", { timeZone: "UTC" })
                    : "",
                )}
              {row(t("agency.rep.lastChanged"), format.dateTime(profile.updatedAt, "dateTime"))}
            </dl>
            {profile.kind === "ATTORNEY" && (
              <>
                <h3>{t("agency.rep.barAdmissions")}</h3>
                <ul data-testid="bar-admissions">
                  {profile.barAdmissions.map((admission) => (
                    <li key={`${admission.jurisdiction}|${admission.barNumber}`}>
                      {t.rich("agency.rep.barAdmission", {
                        jurisdiction: admission.jurisdiction,
                        barNumber: admission.barNumber,
                        number: (chunks) => <span className="font-mono">{chunks}</span>,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="verification-heading">
            <h2 id="verification-heading">{t("agency.rep.verification")}</h2>
            {profile.verifiedAt ? (
              <p data-testid="verification-status">
                {rep.verifiedBy
                  ? t("agency.rep.verifiedOnBy", { when: format.dateTime(profile.verifiedAt, "dateTime"), officer: rep.verifiedBy })
                  : t("agency.rep.verifiedOn", { when: format.dateTime(profile.verifiedAt, "dateTime") })}
              </p>
            ) : (
              <>
                <p data-testid="verification-status">{t("agency.rep.notVerified")}</p>
                <MarkVerifiedForm accountNumber={rep.accountNumber} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
