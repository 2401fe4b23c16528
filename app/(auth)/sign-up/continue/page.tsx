import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/current-session";
import { pathForStep } from "@/lib/registration/steps";

// Sends a person to the sign-up step they are on (or to sign-in without a session).
export default async function ContinueSignUpPage() {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=continue-sign-up");
  redirect(pathForStep(session.user.registrationStep));
}
