import { type Compilable, CompiledQuery, type Insertable, type Kysely } from "kysely";
import type { Database } from "./database.ts";

type Table = keyof Database & string;

/** How one shape of insert is run: its SQL, and which of the row's columns each parameter takes. */
type Compiled = { sql: string; columns: readonly string[] };

/** Compiled inserts by database kind (the adapter), then by table and columns. */
const compiledBy = new WeakMap<object, Map<string, Compiled | null>>();

/** A value no row holds, standing for the column at `index` while the insert is compiled. */
const placeholder = (index: number) => `\u0000column ${index}\u0000`;

function compile(db: Kysely<Database>, table: Table, columns: readonly string[]): Compiled | null {
  const row = Object.fromEntries(columns.map((column, index) => [column, placeholder(index)]));
  const compiled = db
    .insertInto(table)
    .values(row as Insertable<Database[Table]>)
    .compile();
  const order = compiled.parameters.map((parameter) =>
    columns.findIndex((_, index) => parameter === placeholder(index)),
  );
  // Every parameter must be one of the row's values, each once: anything else is not cached.
  const complete = order.every((index) => index >= 0) && new Set(order).size === columns.length;
  return complete
    ? { sql: compiled.sql, columns: order.map((index) => columns[index] ?? "") }
    : null;
}

/**
 * Inserts one row, compiling the insert once per table and set of columns: Kysely's builder and
 * compiler cost more than SQLite takes to run an insert of a journal row's forty columns
 * (decision 032). The SQL is what `db.insertInto(table).values(row)` makes; the compile finds
 * which column each parameter binds by compiling with a placeholder in each.
 */
export async function insertRow<T extends Table>(
  db: Kysely<Database>,
  table: T,
  row: Insertable<Database[T]>,
): Promise<void> {
  const values = row as Record<string, unknown>;
  // Kysely leaves out a column whose value is undefined; so does the shape.
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  const adapter = db.getExecutor().adapter;
  let byShape = compiledBy.get(adapter);
  if (byShape === undefined) {
    byShape = new Map();
    compiledBy.set(adapter, byShape);
  }
  const shape = `${table}(${columns.join(",")})`;
  let compiled = byShape.get(shape);
  if (compiled === undefined) {
    compiled = compile(db, table, columns);
    byShape.set(shape, compiled);
  }
  if (compiled === null) {
    await db.insertInto(table).values(row).execute();
    return;
  }
  const parameters = compiled.columns.map((column) => values[column]);
  await db.executeQuery(CompiledQuery.raw(compiled.sql, parameters));
}

/**
 * A query built once and run by its one value: `build` makes it from that value alone (never from
 * anything else that may change), and is called once, with a placeholder, to compile it. For the
 * queries every request runs (its member's session), whose building costs more than running.
 */
export function queryBy<Row>(
  db: Kysely<Database>,
  build: (value: string) => Compilable<Row>,
): (value: string) => Promise<Row[]> {
  let compiled: { sql: string; parameters: readonly unknown[]; at: number[] } | undefined;
  return async (value) => {
    if (compiled === undefined) {
      const { sql, parameters } = build(placeholder(0)).compile();
      const at = parameters.flatMap((parameter, index) =>
        parameter === placeholder(0) ? [index] : [],
      );
      compiled = { sql, parameters, at };
    }
    const parameters = [...compiled.parameters];
    for (const index of compiled.at) parameters[index] = value;
    const { rows } = await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
    return rows;
  };
}
