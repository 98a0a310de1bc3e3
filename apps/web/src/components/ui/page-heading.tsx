import { type ReactNode, useEffect, useRef } from "react";

/**
 * The page's title and main heading. Focus lands on the heading when the page opens, so that
 * after a move within the app a screen reader announces the new page, as after a page load.
 */
type PageHeadingProps = {
  title: string;
  /** False on a page whose first field takes focus instead, such as sign-in. */
  takesFocus?: boolean;
  /** The heading, when it says more than the title. */
  children?: ReactNode;
};

export function PageHeading({ title, takesFocus = true, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takesFocus) ref.current?.focus();
  }, [takesFocus]);
  return (
    <>
      <title>{`${title} — Permit Desk`}</title>
      <h1 ref={ref} tabIndex={-1} className="text-2xl font-bold text-slate-950 outline-none">
        {children ?? title}
      </h1>
    </>
  );
}
