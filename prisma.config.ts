import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI checks for its native schema engine, which is downloaded and cannot be here (offline);
// pointing it at any existing file stops that. `generate` does not use it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

// The CLI's datasource. `generate` and `migrate diff` between schema files never connect, but the
// URL must resolve. Migrations are applied by prisma/migrate.ts, not by the CLI (STACK.md).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1:1/unused" },
});
