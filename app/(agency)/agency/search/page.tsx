import type { Metadata } from "next";
import { FindCaseForm } from "@/components/agency/find-case-form";
import { requireOfficer } from "@/lib/auth/current-session";

export const metadata: Metadata = { title: "Find a case" };

export default async function FindCasePage() {
  await requireOfficer();
  return (
    <>
      <h1>Find a case</h1>
      <FindCaseForm />
    </>
  );
}
