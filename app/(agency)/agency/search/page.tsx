import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { FindCaseForm } from "./find-case-form";

export const metadata: Metadata = { title: "Find a case" };

export default async function FindCasePage() {
  await officerContext();
  return (
    <>
      <h1>Find a case</h1>
      <FindCaseForm />
    </>
  );
}
