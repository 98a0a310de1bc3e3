import type { Template } from "@permit-desk/schema";
import { useEffect, useRef } from "react";

/** Alt with a digit, by the key's place rather than its character (Option+1 types ¡ on a Mac). */
export function templateNumberOfKey(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): number | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(event.code);
  return match ? Number(match[1]) : undefined;
}

/**
 * Alt+1…Alt+9 apply the numbered templates from anywhere on the page, the plate field included
 * (a plain digit there is part of a plate); Alt+0 clears the template.
 */
export function useTemplateKeys(
  templates: readonly Template[],
  apply: (template: Template | undefined) => void,
): void {
  const latest = useRef({ templates, apply });
  latest.current = { templates, apply };
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const number = templateNumberOfKey(event);
      if (number === undefined) return;
      const { templates: current, apply: applyNow } = latest.current;
      const template = current.find((candidate) => candidate.number === number);
      if (number !== 0 && template === undefined) return;
      event.preventDefault();
      applyNow(template);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
