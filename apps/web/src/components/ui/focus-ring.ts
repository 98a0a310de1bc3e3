/** One visible focus style for every control: keyboard users must always see where they are. */
export const focusRing =
  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
