"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { resolveText } from "@/lib/i18n/message-ref";

/** What asks for a field: its label, or the legend of its group. */
function questionOf(field: HTMLElement, id: string): Element | null {
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const legend = field.closest("fieldset")?.querySelector("legend");
  if (!legend) return label;
  // A radio or checkbox's label is one answer; the legend asks the question. Another field's legend
  // (a date's "Date of birth") is shown with it when both fit in half the screen, as GOV.UK does.
  const choice = field instanceof HTMLInputElement && (field.type === "radio" || field.type === "checkbox");
  if (choice || !label) return legend;
  return field.getBoundingClientRect().bottom - legend.getBoundingClientRect().top < window.innerHeight / 2 ? legend : label;
}

/**
 * Following a link: the field takes focus with its question in view. The browser's own jump to
 * #field would scroll the input to the very top and its label off screen, which on a phone leaves a
 * box with no question. Without the field, the link jumps as usual.
 */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  (questionOf(field, id) ?? field).scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}

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
              <a
                href={`#${labels[field] ?? field}`}
                onClick={(event) => focusField(event, labels[field] ?? field)}
                className="font-bold text-error visited:text-error"
              >
                {resolveText(error, t)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
