"use client";

import { useMemo } from "react";
import { useLocale } from "use-intl";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en/systemPages.json";
import es from "@/messages/es/systemPages.json";

// An error boundary cannot be wrapped by a page's <ClientMessages>, so it carries its own few texts
// (both languages: a handful of sentences) and follows the language the layout set.
const CATALOGS = { en, es };

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = useLocale();
  const t = useMemo(() => {
    const language = locale.startsWith("es") ? "es" : "en";
    return createTranslator({ locale, messages: { systemPages: CATALOGS[language] } });
  }, [locale]);
  return (
    <>
      <h1>{t("systemPages.error.title")}</h1>
      <p>{t("systemPages.error.text")}</p>
      <button type="button" onClick={reset} className="font-bold text-primary underline">
        {t("systemPages.error.retry")}
      </button>
    </>
  );
}
