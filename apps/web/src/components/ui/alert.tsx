import { type ComponentProps, type ReactNode, useEffect, useRef } from "react";
import { classNames } from "../../lib/class-names.ts";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
} as const;

type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  tone: keyof typeof TONES;
  title: ReactNode;
  /** Focus the alert when it appears (or when this turns true), so keyboard users land on it. */
  takeFocus?: boolean;
};

/** A message that needs the user's attention now; screen readers announce it when it appears. */
export function Alert({ tone, title, children, className, takeFocus, ...props }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div
      role="alert"
      className={classNames(
        "rounded-md border-l-4 p-4",
        TONES[tone],
        // Focus comes here from a click as well as from a key: it must show either way.
        takeFocus !== undefined && "focus:outline-3 focus:outline-offset-2 focus:outline-blue-600",
        className,
      )}
      {...(takeFocus !== undefined && { ref, tabIndex: -1 })}
      {...props}
    >
      <p className="font-semibold">{title}</p>
      <div className="mt-1 space-y-2 text-sm">{children}</div>
    </div>
  );
}
