import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";

// For `npm run db:migration:new` only, which runs Prisma 6's CLI (prisma/new-migration.ts says
// why): a driver adapter here makes that CLI use its WebAssembly schema engine. It connects to the
// in-memory database new-migration.ts starts. The app, `prisma generate` and prisma.config.ts are Prisma 7.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.resolve("package.json");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default {
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
