import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/current-session";
import { homeFor } from "@/lib/sessions/home-for";

// Sends a person to where their session belongs (or to sign-in without a session).
export default async function ContinueSignUpPage() {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=continue-sign-up");
  redirect(homeFor(session));
}
