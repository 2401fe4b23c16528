import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { agencyName } from "@/lib/branding";

export default function HomePage() {
  return (
    <>
      <h1>Follow your immigration cases online</h1>
      <p className="text-lg">
        With an account on the {agencyName()} Applicant Portal you can see where each of your cases stands, read your notices, answer
        requests for evidence and send secure messages about your cases.
      </p>
      <div className="mb-10 flex flex-wrap gap-4">
        <Link href="/sign-up" className={buttonClass("primary")}>
          Create an account
        </Link>
        <Link href="/sign-in" className={buttonClass("outline")}>
          Sign in
        </Link>
      </div>
      <h2>Before you start</h2>
      <ul className="list-disc pl-6">
        <li>You need an email address that only you use.</li>
        <li>You will set up two-step verification: codes by email, text message or an authentication app.</li>
        <li>Keep your backup code safe. It lets you sign in if you lose your phone.</li>
      </ul>
    </>
  );
}
