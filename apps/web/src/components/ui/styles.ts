/** One visible focus style for every control: keyboard users must always see where they are. */
export const focusRing =
  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600";

/** Inputs and selects share one look, including the red edge of an invalid value. */
export const controlClassName = [
  "block w-full min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900",
  "placeholder:text-slate-500 disabled:bg-slate-100 disabled:text-slate-600",
  "aria-invalid:border-red-700 aria-invalid:border-2",
  focusRing,
].join(" ");

/** Links read as links: underlined, in a blue that keeps AA contrast on white and on amber. */
export const linkClassName = [
  "rounded-sm font-semibold text-blue-800 underline underline-offset-2 hover:text-blue-950 hover:decoration-2",
  focusRing,
].join(" ");

/** How every plate input behaves: typed as capitals, never corrected or filled in by the browser. */
export const plateInputProps = {
  autoComplete: "off",
  autoCapitalize: "characters",
  spellCheck: false,
  className: "font-mono uppercase",
} as const;
