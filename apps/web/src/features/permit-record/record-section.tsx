import { type ReactNode, useId } from "react";

/** One part of a permit's record, named by its heading. */
export function RecordSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2
        id={headingId}
        className="border-b border-slate-300 pb-1 text-lg font-bold text-slate-950"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
