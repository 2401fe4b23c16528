"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
const noZoneOnServer = () => "";

/**
 * The browser's time zone ("America/Chicago") as a hidden field, so the account starts in the
 * person's own zone. Empty in the server's HTML and filled once the page runs in the browser;
 * without JavaScript the account gets the default zone. The server checks the value.
 */
export function BrowserTimeZoneInput() {
  const zone = useSyncExternalStore(never, browserZone, noZoneOnServer);
  return <input type="hidden" name="timeZone" value={zone} data-testid="browser-time-zone" />;
}
