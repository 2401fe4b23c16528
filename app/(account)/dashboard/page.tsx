import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requireFullSession } from "@/lib/auth/current-session";

export const metadata: Metadata = { title: "My account" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const session = await requireFullSession();
  const { welcome } = await searchParams;
  return (
    <>
      <p className="text-muted">
        Signed in as <strong className="text-ink">{session.user.email}</strong>
      </p>
      {welcome && (
        <Alert kind="success" heading="Your account is ready" testId="welcome">
          <p>Two-step verification is on. Keep your backup code somewhere safe.</p>
        </Alert>
      )}
      <h1>My cases</h1>
      <section aria-labelledby="no-cases-heading" className="max-w-prose border-2 border-line p-6" data-testid="empty-cases">
        <h2 id="no-cases-heading" className="mt-0">
          You have no cases in your account yet
        </h2>
        <p>Cases you file online appear here automatically. If you filed a paper form, you will be able to add it with the receipt number and the Online Access Code from your Account Access Notice.</p>
      </section>
    </>
  );
}
