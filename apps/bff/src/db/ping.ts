import { type Kysely, sql } from "kysely";
import type { Database } from "./database.ts";

/** A database that has not answered `select 1` by then counts as not answering. */
const PING_TIMEOUT_MS = 2_000;

/** Whether the database answers a trivial query within two seconds. */
export async function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    timer.unref();
  });
  const answered = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}
