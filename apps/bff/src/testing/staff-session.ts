import { setupStatusSchema } from "@permit-desk/schema";
import { goodPassword } from "./accounts.ts";

/** Sends one request to the BFF: `app.request` in process, or `fetch` against a running server. */
export type SendToBff = (path: string, init?: RequestInit) => Promise<Response>;

/** The administrator the tests sign in as; made at first run when the BFF has no account yet. */
export const STAFF_USERNAME = "desk.admin";

function cookieOf(response: Response): string {
  const setCookie = response.headers.get("set-cookie") ?? "";
  const pair = setCookie.split(";")[0] ?? "";
  if (!pair.includes("=")) throw new Error(`No session cookie came back (${response.status}).`);
  return pair;
}

/**
 * The headers that make requests a signed-in administrator's: creates the first administrator
 * on a BFF that has none, else signs in as them. What load, crash and property tests (and the
 * benchmarks) send with every request.
 */
export async function signInAsStaff(send: SendToBff): Promise<Record<string, string>> {
  const json = { "Content-Type": "application/json" };
  const setup = await send("/api/setup");
  const { needsFirstAdmin } = setupStatusSchema.parse(await setup.json());
  const response = needsFirstAdmin
    ? await send("/api/setup", {
        method: "POST",
        headers: json,
        body: JSON.stringify({
          username: STAFF_USERNAME,
          displayName: "Desk Admin",
          password: goodPassword,
        }),
      })
    : await send("/api/session", {
        method: "POST",
        headers: json,
        body: JSON.stringify({ username: STAFF_USERNAME, password: goodPassword }),
      });
  if (!response.ok)
    throw new Error(`Signing in failed: ${response.status} ${await response.text()}`);
  return { Cookie: cookieOf(response) };
}

/** `fetch` against a running BFF at `baseUrl`. */
export function sendOverHttp(baseUrl: string): SendToBff {
  return (path, init) => fetch(new URL(path, baseUrl), init);
}
