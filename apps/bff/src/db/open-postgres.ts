import { Kysely } from "kysely";
import pg from "pg";
import { CurrentSchemaPostgresDialect } from "./current-schema-introspector.ts";
import type { Database } from "./database.ts";

export type PostgresOptions = {
  poolSize?: number;
  /** Tables live in this schema instead of `public` (tests use one schema each). */
  schema?: string;
  /** Told when an idle connection breaks (server restart, network); the pool replaces it. */
  onIdleError?: (error: Error) => void;
};

const INT8_OID = 20;

/**
 * pg hands 64-bit integers back as strings, since they may exceed 2^53. Our int8 columns hold
 * epoch milliseconds and counts, far below that, so they are read as numbers.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid, format) =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
};

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function openPostgres(
  connectionString: string,
  options: PostgresOptions = {},
): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    types,
    ...(options.schema !== undefined && {
      options: `-c search_path=${quoteIdentifier(options.schema)}`,
    }),
  });
  // Without a listener, a broken idle connection would take the whole process down.
  pool.on("error", options.onIdleError ?? (() => {}));
  return new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
}
