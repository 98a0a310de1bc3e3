import { type ReactNode, useEffect, useRef } from "react";

/**
 * The page's title and main heading. Focus lands on the heading when the page opens, so that
 * after a move within the app a screen reader announces the new page, as after a page load.
 */
export function PageHeading({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <>
      <title>{`${title} — Permit Desk`}</title>
      <h1 ref={ref} tabIndex={-1} className="text-2xl font-bold text-slate-950 outline-none">
        {children}
      </h1>
    </>
  );
}
