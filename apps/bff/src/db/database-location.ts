import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const DEFAULT_SQLITE_PATH = "data/permit-desk.sqlite";

export type DatabaseLocation =
  | { dialect: "sqlite"; filename: string }
  | { dialect: "postgres"; connectionString: string };

export class DatabaseUrlError extends Error {
  constructor(url: string, problem: string) {
    super(`${problem} Got "${redactPassword(url)}".`);
    this.name = "DatabaseUrlError";
  }
}

/** The password of a connection URL must not reach an error message or a log line. */
function redactPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, "$1[redacted]@");
}

function filePathOf(url: string): string {
  try {
    return fileURLToPath(url);
  } catch {
    throw new DatabaseUrlError(
      url,
      "A file:// URL needs an absolute path, as in file:///srv/permit-desk.sqlite.",
    );
  }
}

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

function sqliteFile(path: string, baseDir: string): DatabaseLocation {
  if (path === "") throw new DatabaseUrlError(path, "A SQLite location needs a file name.");
  if (path === ":memory:") return { dialect: "sqlite", filename: path };
  return { dialect: "sqlite", filename: isAbsolute(path) ? path : resolve(baseDir, path) };
}

/**
 * Where the database lives: a PostgreSQL URL, a `file:` URL, `:memory:`, or a SQLite file path.
 * Relative paths resolve against `baseDir`; without a URL, the default file under `data/`.
 */
export function databaseLocation(url: string | undefined, baseDir: string): DatabaseLocation {
  if (url === undefined || url.trim() === "") return sqliteFile(DEFAULT_SQLITE_PATH, baseDir);
  const text = url.trim();
  const scheme = URL_SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === "postgres" || scheme === "postgresql") {
    return { dialect: "postgres", connectionString: text };
  }
  if (scheme === "file") return sqliteFile(filePathOf(text), baseDir);
  if (scheme !== undefined) {
    throw new DatabaseUrlError(
      text,
      "DATABASE_URL must be postgres://, postgresql://, file: or a file path.",
    );
  }
  if (text.startsWith("file:"))
    return sqliteFile(text.slice("file:".length).replace(/[?#].*$/, ""), baseDir);
  return sqliteFile(text, baseDir);
}
