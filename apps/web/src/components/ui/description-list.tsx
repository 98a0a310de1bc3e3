import type { ReactNode } from "react";
import { classNames } from "../../lib/class-names.ts";

export type Description = { term: string; details: ReactNode };

type DescriptionListProps = { items: readonly Description[]; className?: string };

/** Facts as term and details, side by side where there is room. */
export function DescriptionList({ items, className }: DescriptionListProps) {
  return (
    <dl
      className={classNames(
        "grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]",
        className,
      )}
    >
      {items.map(({ term, details }) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-slate-700">{term}</dt>
          <dd className="min-w-0 break-words text-slate-950">{details}</dd>
        </div>
      ))}
    </dl>
  );
}
