import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { formatUsPhone } from "@/lib/account/contact-schema";
import { representativeContext } from "@/lib/actions/contexts";
import { getReader, getT } from "@/lib/i18n/request";
import { representativeProfileOf } from "@/lib/representation/profile";
import { profileFormValues } from "@/lib/representation/profile-schema";
import { ProfileForm } from "./profile-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.profile.title") };
}

export default async function RepresentativeProfilePage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const { actor } = await representativeContext();
  const { t, format } = await getReader();
  const { welcome } = await searchParams;
  const profile = await representativeProfileOf(actor);
  return (
    <>
      <h1>{t("representative.profile.title")}</h1>
      {!profile && welcome && (
        <Alert kind="success" testId="welcome">
          <p>{t("representative.profile.welcome")}</p>
        </Alert>
      )}
      {!profile ? (
        <p className="max-w-prose" data-testid="profile-needed">
          {t("representative.profile.needed")}
        </p>
      ) : profile.verifiedAt ? (
        <p className="max-w-prose" data-testid="verification-status">
          {t("representative.profile.verified", { date: format.dateTime(profile.verifiedAt, "date") })}
        </p>
      ) : (
        <p className="max-w-prose" data-testid="verification-status">
          {t("representative.profile.notVerified")}
        </p>
      )}
      <ClientMessages namespaces={["representative"]}>
        <ProfileForm initial={profileFormValues(profile, formatUsPhone)} firstTime={!profile} />
      </ClientMessages>
      {profile && (
        <p className="mt-8">
          <Link href="/settings">{t("representative.profile.backToSettings")}</Link>
        </p>
      )}
    </>
  );
}
