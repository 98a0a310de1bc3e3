import { focusRing } from "./focus-ring.ts";

/** Links read as links: underlined, in a blue that keeps AA contrast on white and on amber. */
export const linkClassName = [
  "rounded-sm font-semibold text-blue-800 underline underline-offset-2 hover:text-blue-950 hover:decoration-2",
  focusRing,
].join(" ");
