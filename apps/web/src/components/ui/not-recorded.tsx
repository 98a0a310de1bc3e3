/** Stands in for a fact the record does not have, in words rather than a dash. */
export function NotRecorded({ children = "None" }: { children?: string }) {
  return <span className="italic text-slate-600">{children}</span>;
}
