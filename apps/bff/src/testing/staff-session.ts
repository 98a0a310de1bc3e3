/** Sends one request to the BFF: `app.request` in process, or `fetch` against a running server. */
export type SendToBff = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * The headers that make requests a signed-in staff member's. Staff sign-in does not exist yet,
 * so none are needed; once it does, signing in here is all the load, crash and property tests
 * (and the benchmarks) need to change.
 */
export async function signInAsStaff(_send: SendToBff): Promise<Record<string, string>> {
  return {};
}

/** `fetch` against a running BFF at `baseUrl`. */
export function sendOverHttp(baseUrl: string): SendToBff {
  return (path, init) => fetch(new URL(path, baseUrl), init);
}
