import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { embeddedDatabase, env } from "./env";
import { statementNames } from "./db/statement-names";

// The one Prisma client. Only lib/ imports this module.

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set; the server prepares it at start.");
  const embedded = embeddedDatabase();
  const adapter = new PrismaPg(
    {
      connectionString: DATABASE_URL,
      max: DATABASE_POOL_MAX ?? 10,
      // Keep the embedded database's single connection open rather than reconnecting.
      idleTimeoutMillis: embedded ? 0 : 10_000,
      // The adapter sends dates without an offset; a session in UTC keeps them, and now(), right on
      // a server whose default time zone is local. Startup options win over database defaults.
      options: "-c TimeZone=UTC",
    },
    // pg's Client#query runs a query unnamed when its name is undefined; the adapter's type says string.
    embedded ? {} : { statementNameGenerator: statementNames() as (query: { sql: string }) => string },
  );
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
