type Kind = "info" | "success" | "warning" | "error";

const BORDER: Record<Kind, string> = { info: "border-info", success: "border-success", warning: "border-warning", error: "border-error" };
const BACKGROUND: Record<Kind, string> = {
  info: "bg-info-light",
  success: "bg-success-light",
  warning: "bg-warning-light",
  error: "bg-error-light",
};

/** A message box. Use `live` for messages that appear after an action so screen readers hear them. */
export function Alert({
  kind = "info",
  heading,
  children,
  live = false,
  testId,
}: {
  kind?: Kind;
  heading?: string;
  children?: React.ReactNode;
  live?: boolean;
  testId?: string;
}) {
  const role = live ? (kind === "error" ? "alert" : "status") : undefined;
  return (
    <div role={role} data-testid={testId} className={`mb-6 max-w-prose border-l-8 px-5 py-4 ${BORDER[kind]} ${BACKGROUND[kind]}`}>
      {heading && <h2 className="mt-0 mb-2 text-lg">{heading}</h2>}
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </div>
  );
}
