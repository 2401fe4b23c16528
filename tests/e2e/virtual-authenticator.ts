// Chromium's virtual authenticator (DevTools protocol): a passkey device that answers WebAuthn
// ceremonies in the test browser without anyone touching a sensor.
import type { Page } from "./fixtures";

/** Adds the device; `setUserVerified(false)` makes it fail the fingerprint/PIN check from then on. */
export async function addVirtualAuthenticator(
  page: Page,
  options: { isUserVerified?: boolean } = {},
): Promise<{ setUserVerified: (verified: boolean) => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: options.isUserVerified ?? true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    setUserVerified: async (isUserVerified) => {
      await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified });
    },
  };
}
