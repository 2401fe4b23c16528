"use client";

import { useTranslations } from "use-intl";
import { endOtherSessionAction, endOtherSessionsAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { StackTable } from "@/components/ui/stack-table";

type Moment = { iso: string; text: string };
export type SessionRow = { id: string; current: boolean; device: string; place: string; signedInAt: Moment; lastSeenAt: Moment };

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations();
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
          <p>{t("settings.sessions.endedOne", { device: endedDevice })}</p>
        </Alert>
      )}
      {endedCount !== null && (
        <Alert kind="success" live testId="sessions-ended">
          <p>{t("settings.sessions.endedOthers", { count: endedCount })}</p>
        </Alert>
      )}
      <StackTable
        caption={t("settings.sessions.caption", { count: sessions.length })}
        showCaption
        columns={[
          { label: t("settings.sessions.device") },
          { label: t("settings.sessions.location") },
          { label: t("settings.sessions.signedIn") },
          { label: t("settings.sessions.lastActive") },
          { label: t("settings.sessions.action"), hidden: true },
        ]}
        testId="sessions-table"
      >
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} className="border-b border-line align-top" data-testid={s.current ? "session-current" : "session-other"}>
              <td className="py-3 pr-4">
                {s.device}
                {s.current && (
                  <strong className="ml-2 inline-block rounded bg-success-light px-2 text-sm">{t("settings.sessions.thisDevice")}</strong>
                )}
              </td>
              <td data-label={t("settings.sessions.location")} className="py-3 pr-4">
                {s.place}
              </td>
              <td data-label={t("settings.sessions.signedIn")} className="py-3 pr-4">
                <time dateTime={s.signedInAt.iso}>{s.signedInAt.text}</time>
              </td>
              <td data-label={t("settings.sessions.lastActive")} className="py-3 pr-4">
                <time dateTime={s.lastSeenAt.iso}>{s.lastSeenAt.text}</time>
              </td>
              <td className="py-3">
                {s.current ? (
                  <span className="text-muted">{t("settings.sessions.usingNow")}</span>
                ) : (
                  <form action={endOne.formAction}>
                    <input type="hidden" name="sessionId" value={s.id} />
                    <SubmitButton variant="outline">
                      {t("settings.sessions.signOut")}
                      <span className="sr-only"> {t("settings.sessions.signOutOf", { device: s.device, time: s.lastSeenAt.text })}</span>
                    </SubmitButton>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </StackTable>
      {others > 0 ? (
        <form action={endOthers.formAction} className="mt-6">
          <SubmitButton>{t("settings.sessions.signOutOthers")}</SubmitButton>
        </form>
      ) : (
        <p className="mt-6">{t("settings.sessions.nowhereElse")}</p>
      )}
    </>
  );
}
