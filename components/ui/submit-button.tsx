"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "use-intl";
import { Button } from "./button";

/** A form's submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
  disabled = false,
  pending: pendingElsewhere = false,
}: {
  children: React.ReactNode;
  variant?: "primary" | "outline" | "link";
  name?: string;
  value?: string;
  disabled?: boolean;
  /** For a form that posts with fetch (use-route-form.ts), which the form's own status does not see. */
  pending?: boolean;
}) {
  const pending = useFormStatus().pending || pendingElsewhere;
  const t = useTranslations();
  return (
    <Button type="submit" variant={variant} disabled={pending || disabled} aria-disabled={pending || disabled} name={name} value={value}>
      {pending ? t("ui.submit.pleaseWait") : children}
    </Button>
  );
}
