import type { ComponentProps, ReactNode } from "react";
import { classNames } from "../../lib/class-names.ts";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
} as const;

type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  tone: keyof typeof TONES;
  title: ReactNode;
};

/** A message that needs the user's attention now; screen readers announce it when it appears. */
export function Alert({ tone, title, children, className, ...props }: AlertProps) {
  return (
    <div
      role="alert"
      className={classNames("rounded-md border-l-4 p-4", TONES[tone], className)}
      {...props}
    >
      <p className="font-semibold">{title}</p>
      <div className="mt-1 space-y-2 text-sm">{children}</div>
    </div>
  );
}
