export function IssuePermitHeading() {
  return <h1 className="text-2xl font-bold text-slate-950 print:hidden">Issue a permit</h1>;
}
