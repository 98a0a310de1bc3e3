import type { ReactNode } from "react";
import { classNames } from "../../lib/class-names.ts";

type LabelProps = { htmlFor: string; children: ReactNode; className?: string };

export function Label({ htmlFor, children, className }: LabelProps) {
  return (
    <label
      htmlFor={htmlFor}
      className={classNames("block text-sm font-semibold text-slate-900", className)}
    >
      {children}
    </label>
  );
}
