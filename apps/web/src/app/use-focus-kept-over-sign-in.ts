import { useLayoutEffect, useRef } from "react";

/**
 * Where focus was when the session ended, given back once the member has signed in again over
 * the page: a clerk who was typing a plate carries on typing it, keyboard only.
 */
export function useFocusKeptOverSignIn(signedIn: boolean, sessionEnded: boolean): void {
  const kept = useRef<Element | null>(null);
  // Taken while rendering, before the sign-in form mounts and takes focus for itself.
  if (sessionEnded && kept.current === null) kept.current = document.activeElement;
  useLayoutEffect(() => {
    if (!signedIn) return;
    const element = kept.current;
    kept.current = null;
    if (element instanceof HTMLElement && element.isConnected) element.focus();
  }, [signedIn]);
}
