/**
 * What this browser last knew of the desk, so that its first screen is drawn as it will be
 * before the BFF has answered: the Issue page's code is fetched alongside the session check only
 * by a browser that was signed in, and the demo banner is in place before `/healthz` answers
 * rather than pushing the page down when it does.
 */
const SIGNED_IN_KEY = "permit-desk.signed-in";
const DEMO_KEY = "permit-desk.demo";

function read(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === "yes";
  } catch {
    // Storage can be refused (privacy settings): the page is then drawn as for a first visit.
    return false;
  }
}

function write(key: string, value: boolean): void {
  try {
    if (value) globalThis.localStorage?.setItem(key, "yes");
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // Not remembered: the next visit is drawn as a first one.
  }
}

export const lastVisit = {
  wasSignedIn: () => read(SIGNED_IN_KEY),
  rememberSignedIn: (signedIn: boolean) => write(SIGNED_IN_KEY, signedIn),
  wasDemo: () => read(DEMO_KEY),
  rememberDemo: (demo: boolean) => write(DEMO_KEY, demo),
};
