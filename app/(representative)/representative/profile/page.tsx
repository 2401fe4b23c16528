import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { formatUsPhone } from "@/lib/account/contact-schema";
import { representativeContext } from "@/lib/actions/contexts";
import { formatUtcDate } from "@/lib/format";
import { representativeProfileOf } from "@/lib/representation/profile";
import { profileFormValues } from "@/lib/representation/profile-schema";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your representative profile" };

export default async function RepresentativeProfilePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { actor } = await representativeContext();
  const { welcome } = await searchParams;
  const profile = await representativeProfileOf(actor);
  return (
    <>
      <h1>Your representative profile</h1>
      {!profile && welcome && (
        <Alert kind="success" testId="welcome">
          <p>Your account is ready. One more thing before you start: tell us about yourself and your practice.</p>
        </Alert>
      )}
      {!profile ? (
        <p className="max-w-prose" data-testid="profile-needed">
          Fill in your profile before you do anything else. Your clients see your name and your firm or organization; an officer checks your
          bar admissions or accreditation and marks your details verified.
        </p>
      ) : profile.verifiedAt ? (
        <p className="max-w-prose" data-testid="verification-status">
          An officer verified your details on {formatUtcDate(profile.verifiedAt)}. If you change your name, your firm or organization, your
          bar admissions or your accreditation, an officer checks them again.
        </p>
      ) : (
        <p className="max-w-prose" data-testid="verification-status">
          Your details are not verified yet. Until an officer checks them, your clients see &ldquo;Details not verified&rdquo; next to your
          name.
        </p>
      )}
      <ProfileForm initial={profileFormValues(profile, formatUsPhone)} firstTime={!profile} />
      {profile && (
        <p className="mt-8">
          <Link href="/settings">Back to account settings</Link>
        </p>
      )}
    </>
  );
}
