import { ErrorPrefix } from "./error-prefix";

/** The pieces every field shares: the hint and the error message, tied to the input by id. */
export function describedBy(id: string, hint?: React.ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-hint`} className="mb-1 text-muted">
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mb-1 font-bold text-error">
      <ErrorPrefix />
      {error}
    </p>
  );
}

export function fieldWrapperClass(error?: string): string {
  return error ? "mb-6 border-l-4 border-error pl-4" : "mb-6";
}

export const inputClass =
  "block w-full max-w-md rounded-none border-2 border-ink bg-white px-3 py-2 text-lg aria-[invalid=true]:border-error focus-visible:outline-focus";
