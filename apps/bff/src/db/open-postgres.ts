import {
  Kysely,
  type PostgresCursor,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from "kysely";
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

/** Distinct statements kept prepared, as on SQLite: the app issues a few dozen. */
const PREPARED_STATEMENTS = 256;
/** Statements PostgreSQL can prepare; anything else (a migration's DDL) runs as it comes. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
/**
 * A prepared `select *` fails ("cached plan must not change result type") once another server's
 * migration adds a column, until this one restarts: statements that name no columns stay unnamed.
 */
const NAMES_ITS_COLUMNS = (text: string) => !text.includes("*");

class PreparingClient implements PostgresPoolClient {
  readonly #client: pg.PoolClient;
  readonly #nameOf: (text: string) => string | undefined;

  constructor(client: pg.PoolClient, nameOf: (text: string) => string | undefined) {
    this.#client = client;
    this.#nameOf = nameOf;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // A cursor (streamed rows) is Kysely's own Submittable: it goes through as it is.
    if (typeof sqlOrCursor !== "string") return this.#client.query(sqlOrCursor as never);
    const name = this.#nameOf(sqlOrCursor);
    // pg types rows as plain records and the command as any string; Kysely reads both as it
    // would from the pool directly.
    return this.#client.query({
      text: sqlOrCursor,
      values: [...parameters],
      ...(name !== undefined && { name }),
    }) as unknown as Promise<PostgresQueryResult<R>>;
  }

  release(): void {
    this.#client.release();
  }
}

/**
 * Every query the app makes is a named prepared statement (decision 023): PostgreSQL parses and
 * plans it once per connection instead of on every call, and it still travels in one round trip
 * (Parse, Bind, Execute and Sync together the first time, Bind, Execute and Sync after). Names
 * are given to the first few hundred distinct statements, so lists of varying length cannot make
 * a connection keep an unbounded number.
 */
function preparingPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (
      name === undefined &&
      names.size < PREPARED_STATEMENTS &&
      PREPARABLE.test(text) &&
      NAMES_ITS_COLUMNS(text)
    ) {
      name = `permit_desk_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  const wrapped = new WeakMap<pg.PoolClient, PreparingClient>();
  const wrap = (client: pg.PoolClient) => {
    const known = wrapped.get(client) ?? new PreparingClient(client, nameOf);
    wrapped.set(client, known);
    return known;
  };
  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() };
}

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
  return new Kysely<Database>({
    dialect: new CurrentSchemaPostgresDialect({ pool: preparingPool(pool) }),
  });
}
