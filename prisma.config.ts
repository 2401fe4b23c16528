import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The Prisma 6 CLI tries to download native engines on some paths; pointing these at any existing
// file stops that. We use the client engine at run time and the CLI's WASM schema engine here.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");
// The schema's datasource must resolve even for `generate` and `migrate diff`, which never connect.
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:1/unused";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  // Migrations are applied by prisma/migrate.ts (STACK.md: `migrate deploy` fails with adapter-pg 6).
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
