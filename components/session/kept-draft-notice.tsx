"use client";

import { useTranslations } from "use-intl";
import { Alert } from "@/components/ui/alert";

/** Said above a form whose text came back after an idle sign-out (useKeptDraft), until it is sent. */
export function KeptDraftNotice({ shown }: { shown: boolean }) {
  const t = useTranslations();
  if (!shown) return null;
  return (
    <Alert kind="info" live testId="kept-draft">
      <p>{t("ui.session.keptDraft")}</p>
    </Alert>
  );
}
