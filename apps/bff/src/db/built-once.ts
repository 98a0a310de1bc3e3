import {
  type Compilable,
  CompiledQuery,
  type Insertable,
  type Kysely,
  type QueryResult,
} from "kysely";
import type { Database } from "./database.ts";

type Table = keyof Database & string;

/** A statement's SQL, its parameters as compiled, and which value each placeholder stands for. */
type Compiled = { sql: string; parameters: readonly unknown[]; slots: Array<[number, string]> };

/** Compiled statements by database kind (the adapter), then by shape and value names. */
const compiledBy = new WeakMap<object, Map<string, Compiled>>();

/** A text no value holds, standing for the value named `name` while a statement is compiled. */
const placeholder = (name: string) => `\u0000value ${name}\u0000`;

/**
 * Runs a statement compiled once per shape (decision 032): Kysely's builder and compiler cost
 * more than SQLite takes to run most of the statements a permit makes. `build` makes the statement
 * from `values`, each used as a value only, never to choose what the statement looks like: that is
 * what `shape` names. It is called once per shape and database kind, with a placeholder for each
 * value; the compiled statement then takes each value where its placeholder stood, and keeps its
 * other parameters (the statement's own constants) as they were.
 */
export async function builtOnce<Values extends Record<string, unknown>, Row>(
  db: Kysely<Database>,
  shape: string,
  values: Values,
  build: (values: Values) => Compilable<Row>,
): Promise<QueryResult<Row>> {
  const names = Object.keys(values);
  const adapter = db.getExecutor().adapter;
  let byShape = compiledBy.get(adapter);
  if (byShape === undefined) {
    byShape = new Map();
    compiledBy.set(adapter, byShape);
  }
  const key = `${shape}(${names.join(",")})`;
  let compiled = byShape.get(key);
  if (compiled === undefined) {
    const placeholders = Object.fromEntries(names.map((name) => [name, placeholder(name)]));
    const { sql, parameters } = build(placeholders as Values).compile();
    const slots = parameters.flatMap((parameter, index): Array<[number, string]> => {
      const name = names.find((candidate) => parameter === placeholder(candidate));
      return name === undefined ? [] : [[index, name]];
    });
    compiled = { sql, parameters, slots };
    byShape.set(key, compiled);
  }
  const parameters = [...compiled.parameters];
  for (const [index, name] of compiled.slots) parameters[index] = values[name];
  return db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
}

/**
 * Inserts one row, compiled once per table and set of columns: the SQL is what
 * `db.insertInto(table).values(row)` makes, each value bound to its column by name.
 */
export async function insertRow<T extends Table>(
  db: Kysely<Database>,
  table: T,
  row: Insertable<Database[T]>,
): Promise<void> {
  // Kysely leaves out a column whose value is undefined; so does the shape.
  const values = Object.fromEntries(
    Object.entries(row as Record<string, unknown>).filter(([, value]) => value !== undefined),
  );
  await builtOnce(db, `insert into ${table}`, values, (placeholders) =>
    db.insertInto(table).values(placeholders as Insertable<Database[T]>),
  );
}
