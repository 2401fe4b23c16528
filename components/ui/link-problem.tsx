import { Alert } from "./alert";

/** The page for an emailed link that can't be used (expired, used, unknown): why, and the ways on. */
export function LinkProblem({ heading, text, children }: { heading: string; text: string; children: React.ReactNode }) {
  return (
    <>
      <h1>{heading}</h1>
      <Alert kind="warning" testId="link-problem">
        <p>{text}</p>
      </Alert>
      <ul className="mb-4 list-disc pl-6">{children}</ul>
    </>
  );
}
