import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { alertPreferences } from "@/lib/account/alert-preferences";
import { AlertPreferencesForm } from "./alert-preferences-form";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const { actor } = await applicantContext();
  const preferences = await alertPreferences(actor);
  return (
    <>
      <h1>Alerts</h1>
      <p className="max-w-prose">
        We can tell you when one of your cases gets a new status, a notice or a request for evidence, and when the agency replies to your
        messages. For your privacy, alerts never include case details: they say something changed and ask you to sign in.
      </p>
      <AlertPreferencesForm preferences={preferences} />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
