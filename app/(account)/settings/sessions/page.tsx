import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { formatUtcDateTime } from "@/lib/format";
import { listSessions } from "@/lib/sessions/list-sessions";
import { SessionList } from "./session-list";

export const metadata: Metadata = { title: "Where you're signed in" };

export default async function SessionsPage() {
  const { session } = await signedInContext();
  const sessions = await listSessions(session);
  return (
    <>
      <h1>Where you&apos;re signed in</h1>
      <p className="max-w-prose">
        These are the browsers and devices signed in to your account now. If you don&apos;t recognize one, sign it out and change your
        password.
      </p>
      <SessionList
        sessions={sessions.map((s) => ({
          id: s.id,
          current: s.current,
          device: s.device,
          place: s.place,
          signedInAt: { iso: s.signedInAt.toISOString(), text: formatUtcDateTime(s.signedInAt) },
          lastSeenAt: { iso: s.lastSeenAt.toISOString(), text: formatUtcDateTime(s.lastSeenAt) },
        }))}
      />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
