import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listLocalOutbox } from "@/lib/notify/local-outbox";

export const metadata: Metadata = { title: "Local outbox" };

// Development only: email and text messages that were not sent because no SMTP or Twilio is set.
export default async function OutboxPage() {
  if (process.env.NODE_ENV === "production") notFound();
  const messages = await listLocalOutbox();
  return (
    <>
      <h1>Local outbox</h1>
      <p>
        Emails and text messages the portal would have sent. Set SMTP_URL or the Twilio variables to deliver them for real. This page does
        not exist in production.
      </p>
      {messages.length === 0 && <p>No messages yet.</p>}
      <ol className="list-none p-0">
        {messages.map((m) => (
          <li key={m.id} className="mb-6 max-w-prose border-2 border-line p-4">
            <p className="mb-1 text-sm text-muted">
              {m.channel === "EMAIL" ? "Email" : "Text message"} to <strong className="text-ink">{m.to}</strong> ·{" "}
              {m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC · {m.status}
            </p>
            {m.subject && <h2 className="mt-1 text-lg">{m.subject}</h2>}
            <pre className="font-sans break-words whitespace-pre-wrap">{m.body ?? "(delivered; content removed)"}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
