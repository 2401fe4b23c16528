import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * "Español" on English pages and "English" on Spanish ones, each written in its own language (and
 * marked so a screen reader says it in that language). A form, so it works without JavaScript.
 */
export function LanguageSwitch({ locale, label, action }: { locale: Locale; label: string; action: (form: FormData) => Promise<void> }) {
  const others = LOCALES.filter((other) => other !== locale);
  return (
    <form action={action} aria-label={label} data-testid="language-switch">
      {others.map((other) => (
        <button
          key={other}
          type="submit"
          name="locale"
          value={other}
          lang={other}
          className="min-h-6 cursor-pointer text-primary underline underline-offset-2 hover:text-primary-dark"
        >
          {LANGUAGE_NAMES[other]}
        </button>
      ))}
    </form>
  );
}
