import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { LinkCaseForm } from "./link-case-form";

export const metadata: Metadata = { title: "Add a paper-filed case" };

export default async function LinkCasePage() {
  await applicantContext();
  return (
    <>
      <p>
        <Link href="/dashboard">Back to my cases</Link>
      </p>
      <h1>Add a paper-filed case</h1>
      <p>
        If you filed a paper form, we mailed you an Account Access Notice. Enter the receipt number and the Online Access Code printed on
        it. The code works once and expires 90 days after the notice date.
      </p>
      <LinkCaseForm />
    </>
  );
}
