"use client";

import { useTranslations } from "use-intl";

/** "Error: " before a field's message, for screen readers (a client leaf, so server-rendered fields can use it too). */
export function ErrorPrefix() {
  const t = useTranslations();
  return <span className="sr-only">{t("ui.field.errorPrefix")}</span>;
}
