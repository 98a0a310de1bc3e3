/** The browser's own print key, which the print stylesheet turns into the permit slip. */
export type PrintShortcut = { label: string; ariaKeyShortcuts: string };

const APPLE_PLATFORM = /mac|iphone|ipad|ipod/i;

/** Cmd+P on Apple devices, Ctrl+P elsewhere; `platform` is what the browser says it runs on. */
export function printShortcut(platform: string): PrintShortcut {
  return APPLE_PLATFORM.test(platform)
    ? { label: "Cmd+P", ariaKeyShortcuts: "Meta+P" }
    : { label: "Ctrl+P", ariaKeyShortcuts: "Control+P" };
}

/** The print key of the browser the page runs in. */
export function browserPrintShortcut(): PrintShortcut {
  return printShortcut(globalThis.navigator?.platform ?? "");
}
