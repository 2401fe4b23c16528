"use client";

import { endOtherSessionAction, endOtherSessionsAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Moment = { iso: string; text: string };
export type SessionRow = { id: string; current: boolean; device: string; place: string; signedInAt: Moment; lastSeenAt: Moment };

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const endOne = useActionForm(endOtherSessionAction);
  const endOthers = useActionForm(endOtherSessionsAction);
  const others = sessions.filter((s) => !s.current).length;
  const endedDevice = endOne.state?.ok ? endOne.state.device : null;
  const endedCount = endOthers.state?.ok ? endOthers.state.ended : null;

  return (
    <>
      <ErrorSummary {...endOne.summary} />
      <ErrorSummary {...endOthers.summary} />
      {endedDevice && (
        <Alert kind="success" live testId="session-ended">
          <p>Signed out of {endedDevice}. That browser will have to sign in again.</p>
        </Alert>
      )}
      {endedCount !== null && (
        <Alert kind="success" live testId="sessions-ended">
          <p>
            {endedCount === 1 ? "Signed out of 1 other session." : `Signed out of ${endedCount} other sessions.`} Only this device is still
            signed in.
          </p>
        </Alert>
      )}
      <div className="overflow-x-auto">
        <table className="stack-table w-full border-collapse text-left" data-testid="sessions-table">
          <caption className="mb-2 text-left font-bold">Your sessions ({sessions.length})</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Device
              </th>
              <th scope="col" className="py-2 pr-4">
                Location
              </th>
              <th scope="col" className="py-2 pr-4">
                Signed in
              </th>
              <th scope="col" className="py-2 pr-4">
                Last active
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} className="border-b border-line align-top" data-testid={s.current ? "session-current" : "session-other"}>
                <td className="py-3 pr-4">
                  {s.device}
                  {s.current && <strong className="ml-2 inline-block rounded bg-success-light px-2 text-sm">This device</strong>}
                </td>
                <td data-label="Location" className="py-3 pr-4">
                  {s.place}
                </td>
                <td data-label="Signed in" className="py-3 pr-4">
                  <time dateTime={s.signedInAt.iso}>{s.signedInAt.text}</time>
                </td>
                <td data-label="Last active" className="py-3 pr-4">
                  <time dateTime={s.lastSeenAt.iso}>{s.lastSeenAt.text}</time>
                </td>
                <td className="py-3">
                  {s.current ? (
                    <span className="text-muted">You are using it now</span>
                  ) : (
                    <form action={endOne.formAction}>
                      <input type="hidden" name="sessionId" value={s.id} />
                      <SubmitButton variant="outline">
                        Sign out
                        <span className="sr-only">
                          {" "}
                          of {s.device}, last active {s.lastSeenAt.text}
                        </span>
                      </SubmitButton>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others > 0 ? (
        <form action={endOthers.formAction} className="mt-6">
          <SubmitButton>Sign out of all other sessions</SubmitButton>
        </form>
      ) : (
        <p className="mt-6">You are not signed in anywhere else.</p>
      )}
    </>
  );
}
