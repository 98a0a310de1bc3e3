import { type RefObject, useEffect, useRef } from "react";
import { isUndoShortcut } from "../utils/undo-shortcut.ts";

type UndoOffer = { undo: () => void; button: RefObject<HTMLButtonElement | null> };

/** The Undo buttons on offer now, in the order their panels appear. */
const offers = new Set<UndoOffer>();

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
  all[(focused + 1) % all.length]?.button.current?.focus();
}

/**
 * Alt+Z undoes the permit just issued from anywhere on the page, the plate field included, for
 * as long as `offered`; one listener serves every panel.
 */
export function useUndoShortcut(
  offered: boolean,
  undo: () => void,
  button: RefObject<HTMLButtonElement | null>,
): void {
  const latest = useRef(undo);
  latest.current = undo;
  useEffect(() => {
    if (!offered) return;
    const offer: UndoOffer = { undo: () => latest.current(), button };
    if (offers.size === 0) document.addEventListener("keydown", onKeyDown);
    offers.add(offer);
    return () => {
      offers.delete(offer);
      if (offers.size === 0) document.removeEventListener("keydown", onKeyDown);
    };
  }, [offered, button]);
}
