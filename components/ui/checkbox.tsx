import type { InputHTMLAttributes } from "react";
import { FieldError, fieldWrapperClass } from "./field-parts";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "name"> & {
  name: string;
  label: React.ReactNode;
  error?: string;
  id?: string;
};

export function Checkbox({ name, label, error, id = name, ...input }: Props) {
  return (
    <div className={fieldWrapperClass(error)}>
      <FieldError id={id} error={error} />
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-6 w-6 shrink-0 accent-primary"
          {...input}
        />
        <label htmlFor={id} className="font-bold">
          {label}
        </label>
      </div>
    </div>
  );
}
