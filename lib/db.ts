import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// The one Prisma client. Only lib/ imports this module.

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set; the server prepares it at start.");
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX ?? 10,
    // Keep the embedded database's single connection open rather than reconnecting.
    idleTimeoutMillis: DATABASE_POOL_MAX === 1 ? 0 : 10_000,
    // The adapter sends dates without an offset; a session in UTC keeps them, and now(), right on
    // a server whose default time zone is local. Startup options win over database defaults.
    options: "-c TimeZone=UTC",
  });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

/** Closes the client's connections if it was ever opened (for commands that end their process). */
export async function closeDatabase(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect().catch(() => {});
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
