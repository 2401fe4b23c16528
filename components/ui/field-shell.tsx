import { FieldError, FieldHint, fieldWrapperClass } from "./field-parts";

/** The label, hint and error around any single input, in the order screen readers expect. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={fieldWrapperClass(error)}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}
