"use client";

import { useTranslations } from "use-intl";

/** The empty first option of a select: "- Select -" in the reader's language. */
export function SelectPlaceholder() {
  const t = useTranslations();
  return <option value="">{t("ui.select.placeholder")}</option>;
}
