import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/** `__Host-` makes browsers refuse the cookie unless it is Secure, host-only and for `/`. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-permit-desk-session" : "permit-desk-session";
}

export function readSessionCookie(c: Context, secure: boolean): string | undefined {
  return getCookie(c, sessionCookieName(secure));
}

/** A browser-session cookie: the server's timeouts, not the cookie's, decide when it ends. */
export function setSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName(secure), {
    path: "/",
    secure,
    httpOnly: true,
    sameSite: "Strict",
  });
}
