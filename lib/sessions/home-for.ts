import { methodVerified, pathForStep, type SignUpStep } from "../registration/steps";

const HOME_BY_ROLE = { APPLICANT: "/dashboard", OFFICER: "/agency", REPRESENTATIVE: "/representative" } as const;

/** Where a person lands once fully signed in: straight to their own home, not through another's redirect. */
export function signedInHome(role: keyof typeof HOME_BY_ROLE): string {
  return HOME_BY_ROLE[role];
}

/**
 * Where a session belongs: the dashboard (an officer: the console) when fully signed in, the second step when only the
 * password is done, the sign-up step the person is on. Every "you can't be here" redirect uses it,
 * so no two pages can send a person back and forth.
 */
export function homeFor(session: {
  level: "REGISTRATION" | "PASSWORD_ONLY" | "FULL";
  secondStepAt: Date | null;
  user: { registrationStep: SignUpStep; role: "APPLICANT" | "OFFICER" | "REPRESENTATIVE" };
}): string {
  if (session.level === "FULL") return signedInHome(session.user.role);
  if (session.level === "PASSWORD_ONLY") return "/sign-in/verify";
  // A sign-up session of an account finished elsewhere (another browser): sign in properly.
  if (session.user.registrationStep === "COMPLETE") return "/sign-in?reason=signed-out";
  // Past the verified method, a sign-up session that did not pass the second step itself (the
  // method was verified in another browser): signing in asks for the second step.
  if (methodVerified(session.user.registrationStep) && !session.secondStepAt) return "/sign-in?reason=continue-sign-up";
  return pathForStep(session.user.registrationStep);
}
