import type { InputHTMLAttributes } from "react";
import { describedBy, inputClass } from "./field-parts";
import { FieldShell } from "./field-shell";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  id?: string;
};

export function TextField({ name, label, hint, error, id = name, className = "", required = true, ...input }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        required={required}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${className}`}
        {...input}
      />
    </FieldShell>
  );
}
