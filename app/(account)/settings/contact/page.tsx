import { applicantContext, recentSecondStepContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { contactInformation } from "@/lib/account/contact";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = { title: "Contact information" };

export default async function ContactPage() {
  const { actor } = await recentSecondStepContext("/settings/contact", applicantContext);
  const initial = await contactInformation(actor);
  return (
    <>
      <h1>Contact information</h1>
      <p className="max-w-prose">We use this to reach you about your cases. We email you whenever it changes.</p>
      <ContactForm initial={initial} owner={actor.id} />
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
