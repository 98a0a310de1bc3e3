import { focusRing } from "./focus-ring.ts";

/** Inputs and selects share one look, including the red edge of an invalid value. */
export const controlClassName = [
  "block w-full min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900",
  "placeholder:text-slate-500 disabled:bg-slate-100 disabled:text-slate-600",
  "aria-invalid:border-red-700 aria-invalid:border-2",
  focusRing,
].join(" ");
