import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RepresentativeLabel } from "@/components/representation/representative-label";
import { Alert } from "@/components/ui/alert";
import { formatAccountNumber } from "@/lib/account/account-number";
import { formatUsPhone } from "@/lib/account/contact-schema";
import { officerContext } from "@/lib/actions/contexts";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { representativeForOfficer } from "@/lib/representation/representatives-for-officer";
import { MarkVerifiedForm } from "./mark-verified-form";

export const metadata: Metadata = { title: "Representative" };

const KIND_LABEL = { ATTORNEY: "Attorney", ACCREDITED_REPRESENTATIVE: "Accredited representative" } as const;

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
        <Link href="/agency/representatives">All representatives</Link>
      </p>
      <h1>{profile ? profile.fullName : rep.email}</h1>
      {verified && profile?.verifiedAt && (
        <Alert kind="success" live testId="verified-banner">
          <p>The representative&apos;s details are marked verified. Their clients no longer see &ldquo;Details not verified&rdquo;.</p>
        </Alert>
      )}
      <dl className="mb-6 grid max-w-prose grid-cols-1 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        {row("Email", rep.email)}
        {row("Account number", <span className="font-mono">{formatAccountNumber(rep.accountNumber)}</span>)}
        {!rep.signUpComplete && row("Sign-up", "Not finished yet")}
      </dl>
      {!profile ? (
        <p data-testid="no-profile">This representative has not filled in their profile yet.</p>
      ) : (
        <>
          <section aria-labelledby="profile-heading" className="mb-8">
            <h2 id="profile-heading">Profile</h2>
            <p>
              As clients see it:{" "}
              <RepresentativeLabel name={profile.fullName} organization={profile.organization} verified={!!profile.verifiedAt} />
            </p>
            <dl className="grid max-w-prose grid-cols-1 sm:grid-cols-[max-content_1fr] sm:gap-x-6" data-testid="representative-profile">
              {row("Represents people as", KIND_LABEL[profile.kind])}
              {row("Firm or organization", profile.organization)}
              {row(
                "Office address",
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
              {row("Phone", formatUsPhone(profile.phone))}
              {profile.kind === "ACCREDITED_REPRESENTATIVE" && row("Recognition number", profile.recognitionNumber ?? "")}
              {profile.kind === "ACCREDITED_REPRESENTATIVE" &&
                row(
                  "Accreditation expires",
                  profile.accreditationExpiresOn ? formatUtcDate(new Date(`${profile.accreditationExpiresOn}T00:00:00Z`)) : "",
                )}
              {row("Last changed", formatUtcDateTime(profile.updatedAt))}
            </dl>
            {profile.kind === "ATTORNEY" && (
              <>
                <h3>Bar admissions</h3>
                <ul data-testid="bar-admissions">
                  {profile.barAdmissions.map((admission) => (
                    <li key={`${admission.jurisdiction}|${admission.barNumber}`}>
                      {admission.jurisdiction}: bar number <span className="font-mono">{admission.barNumber}</span>, in good standing (as
                      the representative states)
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="verification-heading">
            <h2 id="verification-heading">Verification</h2>
            {profile.verifiedAt ? (
              <p data-testid="verification-status">
                Verified on {formatUtcDateTime(profile.verifiedAt)}
                {rep.verifiedBy ? ` by ${rep.verifiedBy}` : ""}. If the representative changes what was verified, it needs verifying again.
              </p>
            ) : (
              <>
                <p data-testid="verification-status">Not verified.</p>
                <MarkVerifiedForm accountNumber={rep.accountNumber} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
