import { type RefObject, useEffect, useRef, useSyncExternalStore } from "react";
import { isUndoShortcut } from "../utils/undo-shortcut.ts";

type UndoOffer = { undo: () => void; button: RefObject<HTMLButtonElement | null> };

/** The Undo buttons on offer now, in the order their panels appear. */
const offers = new Set<UndoOffer>();
const listeners = new Set<() => void>();
/** Where focus was when Alt+Z first took it to an Undo, to go back to once none is left. */
let returnTo: HTMLElement | undefined;

function changed(): void {
  for (const listener of listeners) listener();
}

function onKeyDown(event: KeyboardEvent): void {
  if (!isUndoShortcut(event)) return;
  const all = [...offers];
  const [first] = all;
  if (first === undefined) return;
  event.preventDefault();
  if (all.length === 1) {
    first.undo();
    return;
  }
  // With several permits on screen, which one to void is the clerk's call: Alt+Z goes to the
  // first Undo, and again to the next; Enter then undoes the one focused.
  const focused = all.findIndex((offer) => offer.button.current === document.activeElement);
  if (focused === -1 && document.activeElement instanceof HTMLElement) {
    returnTo = document.activeElement;
  }
  all[(focused + 1) % all.length]?.button.current?.focus();
}

/** The other Undo buttons on offer, the next after `button` first. */
export function undoOffersAfter(button: RefObject<HTMLButtonElement | null>): UndoOffer[] {
  const all = [...offers];
  const at = all.findIndex((offer) => offer.button === button);
  return at === -1 ? all : [...all.slice(at + 1), ...all.slice(0, at)];
}

/**
 * Once an Undo that had focus is done, focus goes to the next Undo still offered, or back where
 * Alt+Z took it from (the plate), so that it never falls to the page.
 */
export function focusNextUndo(after: readonly UndoOffer[]): void {
  const next = after.find((offer) => offers.has(offer))?.button.current;
  if (next) {
    next.focus();
    return;
  }
  if (returnTo?.isConnected) returnTo.focus();
  returnTo = undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Alt+Z undoes the permit just issued from anywhere on the page, the plate field included, for
 * as long as `offered`; one listener serves every panel. Returns how many Undo are on offer, as
 * Alt+Z only moves between them when there are several.
 */
export function useUndoShortcut(
  offered: boolean,
  undo: () => void,
  button: RefObject<HTMLButtonElement | null>,
): number {
  const latest = useRef(undo);
  latest.current = undo;
  useEffect(() => {
    if (!offered) return;
    const offer: UndoOffer = { undo: () => latest.current(), button };
    if (offers.size === 0) document.addEventListener("keydown", onKeyDown);
    offers.add(offer);
    changed();
    return () => {
      offers.delete(offer);
      if (offers.size === 0) document.removeEventListener("keydown", onKeyDown);
      changed();
    };
  }, [offered, button]);
  return useSyncExternalStore(
    subscribe,
    () => offers.size,
    () => 0,
  );
}
