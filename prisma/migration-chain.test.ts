import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrationDirs, missingStatements, sameSchema, sqlStatements } from "./migration-chain";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

describe("the migrations folder", () => {
  it("has a schema copy in every migration, and the newest one is prisma/schema.prisma (a schema change comes with its migration)", () => {
    const dirs = migrationDirs(MIGRATIONS);
    expect(dirs.length).toBeGreaterThan(0);
    for (const { name, dir } of dirs) expect(fs.existsSync(path.join(dir, "schema.prisma")), `${name}/schema.prisma`).toBe(true);
    const newest = dirs.at(-1)!;
    const copy = fs.readFileSync(path.join(newest.dir, "schema.prisma"), "utf8");
    const schema = fs.readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
    expect(
      sameSchema(copy, schema),
      `prisma/schema.prisma differs from ${newest.name}/schema.prisma: run \`npm run db:migration:new -- <name>\` to write the migration for the change`,
    ).toBe(true);
  });
});

describe("sameSchema", () => {
  const schema = (generator: string, model = "model A {\n  id String @id\n}") =>
    `generator client {\n${generator}\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n\n${model}\n`;

  it("leaves out the generator block and the datasource's url, which no migration changes", () => {
    expect(
      sameSchema(schema('  provider = "prisma-client"'), schema('  provider = "prisma-client"\n  previewFeatures = ["relationJoins"]')),
    ).toBe(true);
    expect(sameSchema(schema("  a = 1\r\n"), schema("  a = 1  "))).toBe(true);
    // Prisma 6 wanted the connection URL in the schema; Prisma 7 keeps it in prisma.config.ts.
    expect(
      sameSchema(schema("  a = 1").replace('"postgresql"\n', '"postgresql"\n  url      = env("DATABASE_URL")\n'), schema("  a = 1")),
    ).toBe(true);
  });

  it("still tells a change to the datasource or a model", () => {
    expect(sameSchema(schema("  a = 1"), schema("  a = 1", "model A {\n  id String @id\n  name String\n}"))).toBe(false);
    expect(sameSchema(schema("  a = 1"), schema("  a = 1").replace("postgresql", "sqlite"))).toBe(false);
  });
});

describe("checking a migration against the diff of two schema copies", () => {
  it("compares statements without comments, whitespace or order", () => {
    expect(
      sqlStatements('-- CreateTable\nCREATE TABLE "A" (\n  "id" UUID\n);\n\n-- AddColumn\nALTER TABLE "B"  ADD COLUMN "x" INT;\n'),
    ).toEqual(['CREATE TABLE "A" ( "id" UUID )', 'ALTER TABLE "B" ADD COLUMN "x" INT']);
    expect(
      missingStatements(
        'ALTER TABLE "B" ADD COLUMN "x" INT;\nCREATE TABLE "A" ("id" UUID);',
        'CREATE TABLE "A" ("id" UUID);\n-- data\nALTER TABLE "B" ADD COLUMN "x" INT;\nUPDATE "B" SET "x" = 1;',
      ),
    ).toEqual([]);
  });

  it("finds what a merged migration would undo: the diff drops the other branch's column, which the migration never did", () => {
    const diffAfterMerge = 'ALTER TABLE "User" DROP COLUMN "nickname",\nADD COLUMN "pronouns" TEXT;';
    expect(missingStatements(diffAfterMerge, 'ALTER TABLE "User" ADD COLUMN "pronouns" TEXT;')).toEqual([
      'ALTER TABLE "User" DROP COLUMN "nickname", ADD COLUMN "pronouns" TEXT',
    ]);
  });
});
