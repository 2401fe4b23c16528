// Runs once when a server instance starts: settings are checked (bad ones stop the server with a
// message naming them), the embedded database is started when no DATABASE_URL is set, and the job
// worker (deliveries, reminders, purges: lib/jobs) starts inside this instance. server.ts stops it
// on SIGTERM.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareEnvironment } = await import("./lib/env/prepare");
  await prepareEnvironment();
  const { startJobWorker } = await import("./lib/jobs/worker");
  await startJobWorker();
}
