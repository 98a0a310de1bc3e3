import { type RefObject, useEffect, useRef, useState, useSyncExternalStore } from "react";

/** Alt+Z by the key's place, not its character (Option+Z types Ω on a Mac): no plate has it. */
export function isUndoShortcut(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): boolean {
  return (
    event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === "KeyZ"
  );
}

/** Whole seconds left before a deadline (ms), never below zero: 9.2 s left reads 10. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** Whole seconds left before a deadline, re-rendering as each one passes while `running`. */
export function useSecondsLeft(deadline: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(deadline, now);
  useEffect(() => {
    if (!running || left === 0) return;
    const toNextSecond = (deadline - now) % 1000 || 1000;
    const timer = setTimeout(() => setNow(Date.now()), toNextSecond);
    return () => clearTimeout(timer);
  }, [deadline, now, running, left]);
  return left;
}

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
