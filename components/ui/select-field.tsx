import type { SelectHTMLAttributes } from "react";
import { describedBy, inputClass } from "./field-parts";
import { FieldShell } from "./field-shell";
import { SelectPlaceholder } from "./select-placeholder";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  label: React.ReactNode;
  options: { value: string; label: string }[];
  placeholder?: string;
  hint?: React.ReactNode;
  error?: string;
  id?: string;
};

export function SelectField({ name, label, options, placeholder, hint, error, id = name, ...select }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        required
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
        {...select}
      >
        {placeholder === undefined ? <SelectPlaceholder /> : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
