import Link from "next/link";
import { useTranslations } from "use-intl";
import type { FormState } from "@/lib/result";

/** When a settings change was refused for want of a recent re-check, the way to do it. */
export function ReauthLink({ state }: { state: FormState }) {
  const t = useTranslations();
  if (!state || state.ok || state.code !== "reauth_required") return null;
  return (
    <p>
      <Link href={`/settings/verify?next=${encodeURIComponent("/settings/passkeys")}`}>{t("settings.passkeys.reauth")}</Link>
    </p>
  );
}
