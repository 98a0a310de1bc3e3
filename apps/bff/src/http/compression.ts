import type { MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from "hono/compress";

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Hono's `compress` skips an answer below its threshold only when the answer says its length,
 * and `c.json`/`c.body` answers do not: this gives every text answer its Content-Length first
 * (they are all built in memory; event streams are not touched).
 */
const knownLength = (): MiddlewareHandler => async (c, next) => {
  await next();
  const type = c.res.headers.get("Content-Type");
  if (
    c.res.body === null ||
    c.res.headers.has("Content-Length") ||
    c.res.headers.has("Content-Encoding") ||
    type === null ||
    !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)
  )
    return;
  const bytes = await c.res.arrayBuffer();
  c.res = new Response(bytes, c.res);
  c.res.headers.set("Content-Length", String(bytes.byteLength));
};

/**
 * JSON answers and the CSV export of 1 KB or more are gzipped on the fly when the client
 * accepts it, with `Vary: Accept-Encoding`. The web app's own files are compressed at build
 * time instead (see web-assets.ts), so they arrive here with their encoding already set.
 */
export const compressAnswers = (): MiddlewareHandler[] => [
  compress({ threshold: COMPRESSION_THRESHOLD_BYTES }),
  knownLength(),
];
