// Whether the time of a sign-in or a "Forgot your password?" answer tells that an email is registered.
// Not a test: it prints the medians of 30 requests each way through the real lib functions.
//   npx tsx --conditions=react-server tests/bench/unknown-email-timing.ts              (embedded database)
//   DATABASE_URL=postgresql://... npx tsx --conditions=react-server tests/bench/unknown-email-timing.ts
//     (an empty database of yours on a PostgreSQL server; it is migrated here)
// Sign-in compares a wrong password for a finished account with an unknown email; forgot-password,
// a finished account with an unknown email. The limits and the lock are reset between requests
// (outside the timed part), so every request is a first try from a new address.
import { performance } from "node:perf_hooks";
import { benchDatabase, median } from "./bench-database";

const RUNS = 30;
const WARM_UP = 5;

async function main() {
  const { stop } = await benchDatabase({ migrateGiven: true });
  process.env.APP_URL ??= "http://localhost:3000";
  process.env.SMTP_URL = "";
  try {
    const { db } = await import("../../lib/db");
    const { hashSecret } = await import("../../lib/passwords/hash");
    const { signInWithPassword } = await import("../../lib/auth/sign-in");
    const { requestPasswordReset } = await import("../../lib/recovery/request-password-reset");

    const email = `bench-${Date.now()}@example.com`;
    const user = await db().user.create({
      data: { email, registrationStep: "COMPLETE", emailConfirmedAt: new Date(), passwordHash: await hashSecret("Quiet-Harbor-2026!") },
    });
    let n = 0;
    const fresh = async () => {
      await db().rateLimit.deleteMany({});
      await db().user.update({ where: { id: user.id }, data: { failedPasswordAttempts: 0, lockedUntil: null } });
      n += 1;
      return { ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, userAgent: "bench", requestId: `bench-${n}` };
    };
    const time = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };

    const flows = [
      {
        name: "sign-in",
        known: async () => time(signInWithPasswordFor(email, await fresh())),
        unknown: async () => time(signInWithPasswordFor(`nobody-${n}-${Date.now()}@example.com`, await fresh())),
      },
      {
        name: "forgot-password",
        known: async () => {
          const info = await fresh();
          return time(() => requestPasswordReset({ email }, info));
        },
        unknown: async () => {
          const info = await fresh();
          return time(() => requestPasswordReset({ email: `nobody-${n}-${Date.now()}@example.com` }, info));
        },
      },
    ];
    function signInWithPasswordFor(address: string, info: Awaited<ReturnType<typeof fresh>>) {
      return () => signInWithPassword({ email: address, password: "Wrong-Password-1!" }, info);
    }

    for (const flow of flows) {
      for (let i = 0; i < WARM_UP; i++) {
        await flow.known();
        await flow.unknown();
      }
      // Taking turns, and each side first every other turn: the first password check of a pair is
      // the slower one (about 12 ms here, whichever hash it checks), so a fixed order would show a
      // difference that is not there.
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (i % 2 === 0) {
          known.push(await flow.known());
          unknown.push(await flow.unknown());
        } else {
          unknown.push(await flow.unknown());
          known.push(await flow.known());
        }
      }
      const k = median(known);
      const u = median(unknown);
      console.log(
        `${flow.name.padEnd(16)} median of ${RUNS}: registered ${k.toFixed(1).padStart(6)} ms, unknown ${u.toFixed(1).padStart(6)} ms, difference ${(k - u).toFixed(1)} ms`,
      );
    }
    await db().$disconnect();
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
