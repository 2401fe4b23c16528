import { recentSecondStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/settings/contact-form";
import { contactInformation } from "@/lib/account/contact";

export const metadata: Metadata = { title: "Contact information" };

export default async function ContactPage() {
  const session = (await recentSecondStepContext("/settings/contact")).session;
  const initial = await contactInformation(session.user.id);
  return (
    <>
      <h1>Contact information</h1>
      <p className="max-w-prose">We use this to reach you about your cases. We email you whenever it changes.</p>
      <ContactForm initial={initial} owner={session.user.id} />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
