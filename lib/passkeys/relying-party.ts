import "server-only";
import { env } from "../env";

// Who we are to the browser's authenticator. Taken from APP_URL, never from the Host header, so a
// response made for another site is never accepted.

export function relyingParty(): { rpID: string; rpName: string; origin: string } {
  const url = new URL(env().APP_URL);
  return { rpID: url.hostname, rpName: `${env().AGENCY_NAME} applicant portal`, origin: url.origin };
}
