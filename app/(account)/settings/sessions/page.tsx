import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getReader, getT } from "@/lib/i18n/request";
import { listSessions } from "@/lib/sessions/list-sessions";
import { SessionList } from "./session-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.sessions.title") };
}

export default async function SessionsPage() {
  const { session } = await signedInContext();
  const sessions = await listSessions(session);
  const { t, format, text } = await getReader();
  return (
    <>
      <h1>{t("settings.sessions.title")}</h1>
      <p className="max-w-prose">{t("settings.sessions.intro")}</p>
      <ClientMessages namespaces={["settings"]}>
        <SessionList
          sessions={sessions.map((s) => ({
            id: s.id,
            current: s.current,
            device: text(s.device),
            place: text(s.place),
            signedInAt: { iso: s.signedInAt.toISOString(), text: format.dateTime(s.signedInAt, "dateTime") },
            lastSeenAt: { iso: s.lastSeenAt.toISOString(), text: format.dateTime(s.lastSeenAt, "dateTime") },
          }))}
        />
      </ClientMessages>
      <p className="mt-8">
        <Link href="/settings">{t("settings.back")}</Link>
      </p>
    </>
  );
}
