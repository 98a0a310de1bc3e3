/**
 * What this browser last knew of the desk, so that its first screen is drawn as it will be
 * before the BFF has answered: the Issue page's code is fetched alongside the session check only
 * by a browser that was signed in, and the demo banner is in place before `/healthz` answers
 * rather than pushing the page down when it does.
 */
const SIGNED_IN_KEY = "permit-desk.signed-in";
const DEMO_KEY = "permit-desk.demo";

/** "yes" or "no" as last remembered; undefined when never, or when storage is refused. */
function read(key: string): boolean | undefined {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return value === "yes" ? true : value === "no" ? false : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: boolean): void {
  try {
    globalThis.localStorage?.setItem(key, value ? "yes" : "no");
  } catch {
    // Not remembered: the next visit is drawn as a first one.
  }
}

export const lastVisit = {
  signedIn: () => read(SIGNED_IN_KEY) ?? false,
  rememberSignedIn: (signedIn: boolean) => write(SIGNED_IN_KEY, signedIn),
  /** Whether the desk was a demo; undefined on a first visit. */
  demo: () => read(DEMO_KEY),
  rememberDemo: (demo: boolean) => write(DEMO_KEY, demo),
};
