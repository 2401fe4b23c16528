"use client";

import { IntlProvider } from "use-intl";
import type { Messages } from "@/lib/i18n/catalog";
import { FORMATS } from "@/lib/i18n/formats";

/** Hands the browser the texts its client components need (useTranslations() with full keys). */
export function ClientIntl({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: string;
  timeZone: string;
  messages: Messages;
  children: React.ReactNode;
}) {
  return (
    <IntlProvider locale={locale} timeZone={timeZone} messages={messages} formats={FORMATS}>
      {children}
    </IntlProvider>
  );
}
