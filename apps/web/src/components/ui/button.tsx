import type { ComponentProps } from "react";
import { classNames } from "../../lib/class-names.ts";
import { focusRing } from "./styles.ts";

const VARIANTS = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-slate-500",
  secondary:
    "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500",
} as const;

type ButtonProps = ComponentProps<"button"> & { variant?: keyof typeof VARIANTS };

export function Button({ variant = "primary", type = "button", className, ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames(
        "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-semibold",
        "disabled:cursor-not-allowed",
        VARIANTS[variant],
        focusRing,
        className,
      )}
      {...props}
    />
  );
}
