import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { apiError } from "./api-error.ts";

export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy,
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    crossOriginEmbedderPolicy: false,
  });

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * State-changing requests must be JSON and come from this origin: a cross-site form post can
 * send neither a JSON content type nor a matching Origin.
 */
export const sameOriginJsonOnly =
  (publicOrigin: string | undefined): MiddlewareHandler =>
  async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const host = c.req.header("host");
    const crossSite =
      fetchSite !== undefined && fetchSite !== "same-origin" && fetchSite !== "none";
    // Behind a proxy that rewrites Host, the configured public origin is what browsers send.
    const foreignOrigin =
      origin !== undefined &&
      (publicOrigin === undefined ? hostOf(origin) !== host : origin !== publicOrigin);
    if (crossSite || foreignOrigin) {
      return c.json(apiError("forbidden", "Requests from other sites are not accepted."), 403);
    }
    const contentType = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      return c.json(
        apiError("unsupported_media_type", "Send the request as application/json."),
        415,
      );
    }
    return next();
  };
