// A second server of the same build on the same database, with a shortened idle timeout, for the
// idle-timeout journeys (the run's main server keeps the real 15 minutes).
import { E2E_PORT } from "./e2e-env";
import { startExtraPortal } from "./portal-process";

export const SHORT_TIMEOUT = { idleMinutes: "0.75", warningSeconds: "30" };
export const SHORT_PORT = E2E_PORT + 3;
export const SHORT_URL = `http://localhost:${SHORT_PORT}`;

export function startShortTimeoutServer(): Promise<{ stop: () => Promise<void> }> {
  return startExtraPortal(SHORT_PORT, {
    SESSION_IDLE_MINUTES: SHORT_TIMEOUT.idleMinutes,
    SESSION_WARNING_SECONDS: SHORT_TIMEOUT.warningSeconds,
  });
}
