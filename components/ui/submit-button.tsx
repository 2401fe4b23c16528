"use client";

import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A form's submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
  disabled = false,
}: {
  children: React.ReactNode;
  variant?: "primary" | "outline" | "link";
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending || disabled} aria-disabled={pending || disabled} name={name} value={value}>
      {pending ? "Please wait…" : children}
    </Button>
  );
}
