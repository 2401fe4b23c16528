"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { setLanguageAction } from "./actions";

/** English / Español, each name in its own language. The texts come translated from the page. */
export function LanguageForm({ current, texts }: { current: Locale; texts: { legend: string; save: string } }) {
  const form = useActionForm(setLanguageAction);
  const error = form.error("locale");
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-prose">
      <ErrorSummary {...form.summary} labels={{ locale: `locale-${LOCALES[0]}` }} />
      <fieldset className={fieldWrapperClass(error)} aria-describedby={error ? "locale-error" : undefined}>
        <legend className="mb-4 text-xl font-bold">{texts.legend}</legend>
        <FieldError id="locale" error={error} />
        {LOCALES.map((locale) => (
          <div key={locale} className="mb-3 flex items-center gap-3">
            <input
              type="radio"
              id={`locale-${locale}`}
              name="locale"
              value={locale}
              defaultChecked={(form.value("locale") ?? current) === locale}
              className="h-6 w-6 accent-primary"
            />
            <label htmlFor={`locale-${locale}`} lang={locale} className="font-bold">
              {LANGUAGE_NAMES[locale]}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{texts.save}</SubmitButton>
    </form>
  );
}
