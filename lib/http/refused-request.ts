import { createTranslator } from "use-intl/core";
import { LOCALE_COOKIE, negotiateLocale, toLocale, type Locale } from "../i18n/locales";
import securityEn from "../../messages/en/security.json";
import securityEs from "../../messages/es/security.json";

// The answers the portal's server (page-security.ts) gives before Next.js reads a request: a form posted from another site (403),
// a body over the size limit (413) or one whose size is not given (411). Each is a small page of
// its own (the request never reaches the app), never a 500. It is written in the visitor's
// language (their cookie, else Accept-Language): the account is not looked up this early.

const CATALOGS: Record<Locale, typeof securityEn> = { en: securityEn, es: securityEs };

const STATUS = { crossOrigin: 403, lengthRequired: 411, tooLarge: 413 } as const;

export type RefusalReason = keyof typeof STATUS;

function refusalLocale(request?: Pick<Request, "headers">): Locale {
  if (!request) return "en";
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return cookie ? toLocale(cookie) : (negotiateLocale(request.headers.get("accept-language")) ?? "en");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function refusedRequest(reason: RefusalReason, request?: Pick<Request, "headers">): Response {
  const locale = refusalLocale(request);
  const t = createTranslator({ locale, messages: { security: CATALOGS[locale] } });
  const texts = {
    crossOrigin: { title: t("security.refused.crossOriginTitle"), body: t("security.refused.crossOriginBody") },
    lengthRequired: { title: t("security.refused.lengthRequiredTitle"), body: t("security.refused.lengthRequiredBody") },
    tooLarge: { title: t("security.refused.tooLargeTitle"), body: t("security.refused.tooLargeBody") },
  }[reason];
  const title = escapeHtml(texts.title);
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | ${escapeHtml(t("security.refused.portal"))}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(texts.body)}</p>
<p><a href="/">${escapeHtml(t("security.refused.goToPortal"))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: STATUS[reason],
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store, max-age=0",
      "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
