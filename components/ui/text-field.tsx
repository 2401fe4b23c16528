import type { InputHTMLAttributes } from "react";
import { describedBy, FieldError, FieldHint, fieldWrapperClass, inputClass } from "./field-parts";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  id?: string;
};

export function TextField({ name, label, hint, error, id = name, className = "", required = true, ...input }: Props) {
  return (
    <div className={fieldWrapperClass(error)}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} error={error} />
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
    </div>
  );
}
