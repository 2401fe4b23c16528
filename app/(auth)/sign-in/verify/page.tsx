import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SecondStepForms } from "@/components/sign-in/second-step-forms";
import { currentSession } from "@/lib/auth/current-session";
import { secondStepView } from "@/lib/auth/second-step";

export const metadata: Metadata = { title: "Two-step verification" };

export default async function SignInVerifyPage() {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=signed-out");
  if (session.level !== "PASSWORD_ONLY") redirect(session.level === "FULL" ? "/dashboard" : "/sign-up/continue");
  const view = await secondStepView(session);
  return (
    <>
      <h1>Two-step verification</h1>
      <SecondStepForms view={view} />
    </>
  );
}
