// The portal's server: `npm start` (the built app) and `npm run dev` (`--dev`). Next.js's request
// handler behind a plain Node HTTP server, because only a server that owns the connection knows
// the client's address; lib/http/portal-server.ts passes it on from the connection and
// TRUSTED_PROXIES, never from what the client wrote.
//   -p/--port (else PORT, else 3000), -H/--hostname (else HOST; else 127.0.0.1 in development and
//   every interface in production, where a reverse proxy or container network has to reach it).
import { parseArgs } from "node:util";
import next from "next";
import { EnvError, parseEnv, type Env } from "./lib/env";
import { loadLocalEnv } from "./lib/env/dev-secrets";
import { createPortalServer } from "./lib/http/portal-server";
import { stopJobWorker } from "./lib/jobs/worker-handle";
import { startDevStripeStandin } from "./lib/payments/standin/dev-standin";

const { values: options } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = options.dev;
// What `next dev` and `next start` do themselves.
(process.env as Record<string, string | undefined>).NODE_ENV ??= dev ? "development" : "production";

function settings(): Env {
  loadLocalEnv();
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const settingsRead = settings();
const { HOST, TRUSTED_PROXIES } = settingsRead;
const portText = options.port ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!/^\d{1,5}$/.test(portText) || port > 65_535) {
  console.error(`The port must be a number from 0 to 65535 (got "${portText}").`);
  process.exit(1);
}
const host = options.hostname ?? HOST ?? (dev ? "127.0.0.1" : undefined);

// Without STRIPE_SECRET_KEY, outside production: Stripe's stand-in, so fees can be "paid" (no money moves).
const stripeStandin = await startDevStripeStandin(settingsRead, host, port);

const app = next({ dev, hostname: host ?? "localhost", port });
await app.prepare();
const server = createPortalServer(app.getRequestHandler(), TRUSTED_PROXIES);
server.listen(port, host, () => {
  const where = host ?? "every interface";
  const proxies = TRUSTED_PROXIES.kind === "none" ? "no trusted proxy" : `trusted proxies: ${process.env.TRUSTED_PROXIES}`;
  console.log(`> Portal ${dev ? "development" : "production"} server on ${where}, port ${port} (${proxies})`);
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  void stripeStandin?.stop();
  // The job worker takes no new jobs and finishes the running ones before the process ends.
  void stopJobWorker()
    .catch(() => {})
    .then(() => app.close())
    .finally(() => process.exit(0));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
