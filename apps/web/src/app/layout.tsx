import type { ReactNode } from "react";
import { classNames } from "../lib/class-names.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link.tsx";

type LayoutProps = {
  demo: boolean;
  /** The main navigation and who is signed in; absent before anyone is. */
  header?: ReactNode;
  /** Tables need the room; a form reads better narrow. The header keeps still either way. */
  width: "narrow" | "wide";
  children: ReactNode;
};

const WIDTHS = { narrow: "max-w-2xl", wide: "max-w-7xl" } as const;

export function Layout({ demo, header, width, children }: LayoutProps) {
  const t = useMessages(commonMessages);
  return (
    <div className="min-h-dvh bg-slate-100 text-slate-900">
      <SkipLink />
      <header className="bg-slate-900 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
          <div className="flex items-center gap-3">
            <span aria-hidden="true" className="rounded bg-blue-600 px-2 py-0.5 font-bold">
              P
            </span>
            <span className="text-lg font-semibold">Permit Desk</span>
          </div>
          {header}
          {/* At the right: after the member's own actions when someone is signed in. */}
          <LanguageSwitch className={header ? undefined : "ml-auto"} />
        </div>
        {demo && (
          <p className="bg-amber-300 px-4 py-2 text-center font-semibold text-slate-950">
            {t("demoBanner")}
          </p>
        )}
      </header>
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className={classNames("mx-auto px-4 py-6 outline-none sm:py-8", WIDTHS[width])}
      >
        <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:shadow-none print:ring-0">
          {children}
        </div>
      </main>
    </div>
  );
}
