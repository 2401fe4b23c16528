import { catalog, pickNamespaces } from "@/lib/i18n/catalog";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { getReader } from "@/lib/i18n/request";
import { ClientIntl } from "./client-intl";

/** Always sent: what shared client components (components/ui: the error summary, buttons, the session warning) say. */
const SHARED = ["common", "ui"] as const;

/**
 * Gives the client components inside it the named catalog namespaces (and "common"), and no more:
 * each page carries only its own texts. Wrap the part of a page that holds client components.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const reader = await getReader();
  const messages = pickNamespaces(catalog(reader.locale), [...SHARED, ...namespaces]);
  return (
    <ClientIntl locale={INTL_LOCALE[reader.locale]} timeZone={reader.timeZone} messages={messages}>
      {children}
    </ClientIntl>
  );
}
