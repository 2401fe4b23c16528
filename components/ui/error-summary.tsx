"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { resolveText } from "@/lib/i18n/message-ref";

/**
 * The list of problems at the top of a form, each linked to its field; it takes focus when it
 * appears so keyboard and screen-reader users land on it.
 */
/** `headingId`: give each its own where several forms share a page. */
export function ErrorSummary({
  message,
  fieldErrors,
  labels = {},
  headingId = "error-summary-heading",
}: {
  message?: string;
  fieldErrors?: Record<string, string>;
  labels?: Record<string, string>;
  headingId?: string;
}) {
  const t = useTranslations();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors ?? {});
  const visible = Boolean(message) || entries.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, message, fieldErrors]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      data-testid="error-summary"
      className="mb-8 max-w-prose border-l-8 border-error bg-error-light px-5 py-4 focus:outline-4 focus:outline-focus"
    >
      <h2 id={headingId} className="mt-0 mb-2 text-lg">
        {entries.length > 0 ? t("ui.errorSummary.heading") : resolveText(message ?? "", t)}
      </h2>
      {entries.length > 0 && (
        <ul className="mb-0 list-none">
          {entries.map(([field, error]) => (
            <li key={field} className="mb-1">
              <a href={`#${labels[field] ?? field}`} className="font-bold text-error visited:text-error">
                {resolveText(error, t)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
