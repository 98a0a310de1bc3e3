import type { MiddlewareHandler } from "hono";
import { hasUnacceptableCharacter } from "../acceptable-text.ts";
import { apiError } from "./api-error.ts";

/** A parameter is named in the answer when its name is something a person could read back. */
const NAMEABLE = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;

/** The text of a path segment or query part, or undefined when it is not percent-encoded UTF-8. */
function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

const acceptable = (text: string | undefined): text is string =>
  text !== undefined && !hasUnacceptableCharacter(text);

/**
 * What is wrong with the request's path and query, read as the routes will read them (each
 * segment and each name and value decoded once), or undefined when nothing is. Text that does
 * not decode as UTF-8 is refused too, rather than handed on as the `%` escapes it was sent as.
 */
export function addressProblem(url: string): { parameter?: string } | undefined {
  // Nearly every address has no escapes: then nothing decodes to more than the text itself.
  if (!url.includes("%") && !hasUnacceptableCharacter(url)) return undefined;
  const { pathname, search } = new URL(url);
  if (!pathname.split("/").every((segment) => acceptable(decoded(segment)))) return {};
  for (const pair of search.slice(1).split("&")) {
    const split = pair.indexOf("=");
    const name = decoded((split === -1 ? pair : pair.slice(0, split)).replaceAll("+", " "));
    if (!acceptable(name)) return {};
    const value = split === -1 ? "" : decoded(pair.slice(split + 1).replaceAll("+", " "));
    if (!acceptable(value)) return NAMEABLE.test(name) ? { parameter: name } : {};
  }
  return undefined;
}

/**
 * Refuses, before any route or query sees it, a path or query holding text no database should
 * hold: PostgreSQL fails on NUL, and whatever the journal cannot store it cannot search for.
 */
export const acceptableAddress = (): MiddlewareHandler => async (c, next) => {
  const problem = addressProblem(c.req.url);
  if (problem === undefined) return next();
  const { parameter } = problem;
  return c.json(
    apiError(
      "character_not_accepted",
      parameter === undefined
        ? { code: "character_in_address" }
        : { code: "character_in_query_parameter", params: { name: parameter } },
    ),
    400,
  );
};
