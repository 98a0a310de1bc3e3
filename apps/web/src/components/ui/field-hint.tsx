import type { ReactNode } from "react";

export function FieldHint({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (!children) return null;
  return (
    <div id={id} className="mt-1 text-sm text-slate-700">
      {children}
    </div>
  );
}
