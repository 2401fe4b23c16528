import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { accountTimeZone, timeZoneOptions, type COMMON_US_TIME_ZONES } from "@/lib/account/time-zone";
import { getReader, getT } from "@/lib/i18n/request";
import { TimeZoneForm } from "./time-zone-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.timeZone.title") };
}

export default async function TimeZonePage() {
  const { actor } = await signedInContext();
  const { t, format } = await getReader();
  const zone = await accountTimeZone(actor);
  const commonNames: Record<(typeof COMMON_US_TIME_ZONES)[number], string> = {
    "America/New_York": t("settings.timeZone.common.eastern"),
    "America/Chicago": t("settings.timeZone.common.central"),
    "America/Denver": t("settings.timeZone.common.mountain"),
    "America/Phoenix": t("settings.timeZone.common.arizona"),
    "America/Los_Angeles": t("settings.timeZone.common.pacific"),
    "America/Anchorage": t("settings.timeZone.common.alaska"),
    "Pacific/Honolulu": t("settings.timeZone.common.hawaii"),
    "America/Puerto_Rico": t("settings.timeZone.common.puertoRico"),
  };
  const options = timeZoneOptions().map((value) => ({
    value,
    label: Object.hasOwn(commonNames, value) ? `${commonNames[value as keyof typeof commonNames]} (${value})` : value.replace(/_/g, " "),
  }));
  const now = new Date();
  return (
    <>
      <h1>{t("settings.timeZone.title")}</h1>
      <p className="max-w-prose">{t("settings.timeZone.intro")}</p>
      <p className="max-w-prose" data-testid="time-zone-now">
        {zone.isDefault
          ? t("settings.timeZone.currentDefault", { zone: zone.timeZone, now: format.dateTime(now, "time") })
          : t("settings.timeZone.current", { zone: zone.timeZone, now: format.dateTime(now, "time") })}
      </p>
      <TimeZoneForm
        current={zone.timeZone}
        options={options}
        texts={{
          label: t("settings.timeZone.label"),
          hint: t("settings.timeZone.hint"),
          placeholder: t("settings.timeZone.placeholder"),
          save: t("settings.timeZone.save"),
        }}
      />
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
