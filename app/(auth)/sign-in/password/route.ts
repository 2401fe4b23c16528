import { passwordStep, passwordStepBody } from "../password-step";

// The sign-in form posts here with fetch (see ../sign-in-form.tsx); without JavaScript it runs
// the same step as a server action.

export const dynamic = "force-dynamic";

export const POST = passwordStep.route(passwordStepBody);
