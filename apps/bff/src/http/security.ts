import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { apiError } from "./api-error.ts";
import { isOwnHost, isOwnOrigin, type OriginPolicy, ownOrigin } from "./origin-policy.ts";

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

/**
 * Every request must name this server in its Host header: a page on another host name that
 * resolves to this server (DNS rebinding) is answered 421, whatever it asks for. Node refuses
 * an HTTP/1.1 request with no Host at all; only requests built in-process come without one.
 */
export const ownHostOnly = (policy: OriginPolicy): MiddlewareHandler => {
  const own = ownOrigin(policy);
  return async (c, next) => {
    const host = c.req.header("host");
    if (host !== undefined && !isOwnHost(host, own)) {
      return c.json(apiError("forbidden", { code: "unknown_host" }), 421);
    }
    return next();
  };
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * State-changing requests must be JSON and come from this origin, scheme, host and port alike:
 * a cross-site form post can send neither a JSON content type nor a matching Origin.
 */
export const sameOriginJsonOnly = (policy: OriginPolicy): MiddlewareHandler => {
  const own = ownOrigin(policy);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const crossSite =
      fetchSite !== undefined && fetchSite !== "same-origin" && fetchSite !== "none";
    const foreignOrigin = origin !== undefined && !isOwnOrigin(origin, c.req.header("host"), own);
    if (crossSite || foreignOrigin) {
      return c.json(apiError("forbidden", { code: "cross_site_request" }), 403);
    }
    const contentType = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      return c.json(apiError("unsupported_media_type", { code: "json_required" }), 415);
    }
    return next();
  };
};
