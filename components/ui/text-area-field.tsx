import type { TextareaHTMLAttributes } from "react";
import { describedBy, inputClass } from "./field-parts";
import { FieldShell } from "./field-shell";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  id?: string;
};

export function TextAreaField({ name, label, hint, error, id = name, className = "", ...textarea }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        required
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        rows={8}
        className={`${inputClass} max-w-2xl ${className}`}
        {...textarea}
      />
    </FieldShell>
  );
}
