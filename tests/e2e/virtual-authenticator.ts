// Chromium's virtual authenticator (DevTools protocol): a passkey device that answers WebAuthn
// ceremonies in the test browser without anyone touching a sensor.
import type { Page } from "@playwright/test";

export async function addVirtualAuthenticator(page: Page, options: { isUserVerified?: boolean } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: options.isUserVerified ?? true,
      automaticPresenceSimulation: true,
    },
  });
}
