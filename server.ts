// The portal's server: `npm start` (the built app; `npm run build` compiles this file into
// .next/portal-server.mjs) and `npm run dev` (`--dev`, under tsx). Next.js's request
// handler behind a plain Node HTTP server, because only a server that owns the connection knows
// the client's address; lib/http/portal-server.ts passes it on from the connection and
// TRUSTED_PROXIES, never from what the client wrote.
//   -p/--port (else PORT, else 3000), -H/--hostname (else HOST; else 127.0.0.1 in development and
//   every interface in production, where a reverse proxy or container network has to reach it).
import net, { type AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import next from "next";
import { EnvError, parseEnv, zPort, type Env } from "./lib/env";
import { loadLocalEnv } from "./lib/env/dev-secrets";
import { createPortalServer } from "./lib/http/portal-server";
import { ownOrigin } from "./lib/http/redirect-render-hop";
import { stopJobWorker } from "./lib/jobs/worker-handle";
import { logger, routeConsoleToLogger } from "./lib/logger";
import { formatAbortReasonStacks } from "./lib/ops/abort-reason-stacks";
import { markStopping, onShutdown, shutDown } from "./lib/ops/lifecycle";
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
const { HOST, PORT, TRUSTED_PROXIES, SHUTDOWN_DRAIN_MS, SHUTDOWN_GRACE_MS } = settingsRead;
// In production every line is JSON with the request id, Next.js's own messages included.
if (!dev) routeConsoleToLogger();
const portOption = options.port === undefined ? undefined : zPort.safeParse(options.port);
if (portOption && !portOption.success) {
  console.error(`-p ${portOption.error.issues[0].message} (got "${options.port}").`);
  process.exit(1);
}
const port = portOption?.data ?? PORT ?? 3000;
const host = options.hostname ?? HOST ?? (dev ? "127.0.0.1" : undefined);

// Without STRIPE_SECRET_KEY, outside production: Stripe's stand-in, so fees can be "paid" (no money moves).
const stripeStandin = await startDevStripeStandin(settingsRead, host, port);

// Finished renders otherwise keep each other alive (lib/ops/abort-reason-stacks.ts).
formatAbortReasonStacks();
const app = next({ dev, hostname: host ?? "localhost", port });
await app.prepare();
const server = createPortalServer(app.getRequestHandler(), TRUSTED_PROXIES);
server.once("error", (error) => {
  // A port already taken (another instance) or not allowed: say so and stop, never run half-started.
  logger.fatal({ err: { message: error.message } }, "the server could not listen");
  process.exit(1);
});
server.listen(port, host, () => {
  // Where Next.js fetches the page a server action redirects to (lib/http/redirect-render-hop.ts).
  process.env.__NEXT_PRIVATE_ORIGIN = ownOrigin(server.address() as AddressInfo);
  const where = host ?? "every interface";
  const proxies = TRUSTED_PROXIES.kind === "none" ? "no trusted proxy" : `trusted proxies: ${process.env.TRUSTED_PROXIES}`;
  console.log(`> Portal ${dev ? "development" : "production"} server on ${where}, port ${port} (${proxies})`);
});

// SIGTERM (a deploy, a scale-down): /api/ready answers 503 at once and the delivery worker finishes
// the batch it holds; requests are still taken for SHUTDOWN_DRAIN_MS, each answer closing its
// connection, until the load balancer has seen the 503 and sends nothing more; then no new
// connections, the requests in flight are answered (cut only after SHUTDOWN_GRACE_MS), exit 0.
// Closing at once would race the load balancer: a request it had just sent on an idle keep-alive
// connection would be dropped unanswered.
// The job worker (started by instrumentation.ts) takes no new jobs and finishes the running ones.
onShutdown("job worker", async () => {
  await stopJobWorker();
  logger.info("delivery worker stopped");
});

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  markStopping();
  logger.info({ signal, drainMs: SHUTDOWN_DRAIN_MS }, "stopping: not ready, draining");
  const hooks = shutDown();
  await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DRAIN_MS));
  logger.info("stopping: answering the requests in flight");
  // net.Server's close, not http.Server's: the latter also destroys the connections Node deems idle,
  // which was seen to include requests still being answered (HAProxy logged them as cut, "SH").
  // Idle keep-alive connections end by the short timeout instead; every answer now closes its own.
  server.keepAliveTimeout = 500;
  const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  const cut = setTimeout(() => {
    logger.warn({ graceMs: SHUTDOWN_GRACE_MS }, "stopping: requests still running after the grace period are cut");
    server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS);
  const failed = await hooks;
  await closed;
  clearTimeout(cut);
  await stripeStandin?.stop().catch(() => {});
  await app.close().catch(() => {});
  logger.info({ failed }, "stopped");
  process.exit(failed.length > 0 ? 1 : 0);
}
process.on("SIGTERM", (signal) => void stop(signal));
process.on("SIGINT", (signal) => void stop(signal));
