import { type MouseEvent, type ReactNode, Suspense } from "react";
import { classNames } from "../lib/class-names.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { LOCALE_NAMES, LOCALES } from "../lib/i18n/locale.ts";
import { useLocale } from "../lib/i18n/locale-context.tsx";
import { useMessages } from "../lib/i18n/messages.ts";
import { lazyPart } from "../lib/lazy-part.ts";

const MAIN_CONTENT_ID = "main-content";

/**
 * Signed-in pages only; in a chunk of its own, as the entry has no room to spare. A chunk that
 * cannot be downloaded leaves the banner out rather than the page.
 */
const OpscomBanner = lazyPart(() =>
  import("../components/opscom-health.tsx").then((module) => module.OpscomBanner),
);

/** A link or button of the dark header; the one of the current page or choice stands out. */
export function headerControlClassName(size: string, current: unknown = false): string {
  return classNames(
    "inline-flex min-h-11 items-center rounded-md font-semibold text-slate-100 hover:bg-slate-700",
    size,
    Boolean(current) && "bg-slate-700 text-white underline decoration-2 underline-offset-4",
    // The shared blue ring lacks contrast on the dark header.
    "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-white",
  );
}

/**
 * The first stop of the Tab key: past the header, straight to the page. Focus is moved by hand
 * so that the address keeps no `#main-content` and the router sees no change of page.
 */
function SkipLink() {
  const t = useMessages(commonMessages);
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
  }
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      onClick={skip}
      className={classNames(
        "sr-only rounded-md bg-white font-semibold text-blue-900 underline",
        "focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:px-4 focus:py-2",
        "focus:outline-3 focus:outline-offset-2 focus:outline-white",
      )}
    >
      {t("skipToMain")}
    </a>
  );
}

/**
 * English | Français, on every screen. Each name is written, and spoken, in its own language;
 * the page changes at once and the choice is remembered on this browser.
 */
function LanguageSwitch({ className }: { className?: string }) {
  const { locale, setLocale } = useLocale();
  const t = useMessages(commonMessages);
  return (
    <fieldset className={classNames("flex items-center gap-1", className)}>
      <legend className="sr-only">{t("language")}</legend>
      {LOCALES.map((option, index) => (
        <span key={option} className="flex items-center gap-1">
          {index > 0 && (
            <span aria-hidden="true" className="text-slate-400">
              |
            </span>
          )}
          <button
            type="button"
            lang={option}
            aria-pressed={option === locale}
            onClick={() => setLocale(option)}
            className={headerControlClassName("px-2 text-sm", option === locale)}
          >
            {LOCALE_NAMES[option]}
          </button>
        </span>
      ))}
    </fieldset>
  );
}

type LayoutProps = {
  demo: boolean;
  /** The main navigation and who is signed in; absent before anyone is. */
  header?: ReactNode;
  /** Tables need the room; a form reads better narrow. The header keeps still either way. */
  width: keyof typeof WIDTHS;
  /** The page; while nothing is known of it yet, no card is drawn either. */
  children: ReactNode;
};

/** "desk": the Issue page's two columns, which fit the form and its result on one screen. */
const WIDTHS = { narrow: "max-w-2xl", desk: "max-w-6xl", wide: "max-w-7xl" } as const;

export function Layout({ demo, header, width, children }: LayoutProps) {
  const t = useMessages(commonMessages);
  return (
    <div className="min-h-dvh bg-slate-100 text-slate-900">
      <SkipLink />
      <header className="bg-slate-900 text-white print:hidden">
        {/* One row at every width: what does not fit goes behind the Menu button. */}
        <div className="relative mx-auto flex max-w-7xl items-center gap-x-3 px-4 py-2 sm:gap-x-4">
          <div className="flex shrink-0 items-center gap-3">
            <span aria-hidden="true" className="rounded bg-blue-600 px-2 py-0.5 font-bold">
              P
            </span>
            {/* Signed in, the name gives its room to the sections where they share the row with
                it (at the desk, an administrator's nine sections in French need it) and to the
                Menu button on a phone; screen readers still hear it. */}
            <span
              className={classNames(
                "text-lg font-semibold",
                Boolean(header) && "max-sm:sr-only xl:max-2xl:sr-only",
              )}
            >
              Permit Desk
            </span>
          </div>
          {header}
          {/* At the right: after the member's own actions when someone is signed in. */}
          <LanguageSwitch className="ml-auto shrink-0 xl:ml-0" />
        </div>
        {demo && (
          <p className="bg-amber-300 px-4 py-2 text-center font-semibold text-slate-950">
            {t("demoBanner")}
          </p>
        )}
        {header && (
          <Suspense fallback={null}>
            <OpscomBanner />
          </Suspense>
        )}
      </header>
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className={classNames("mx-auto px-4 py-4 outline-none sm:py-6 lg:py-4", WIDTHS[width])}
      >
        {children !== null && (
          <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6 print:shadow-none print:ring-0">
            {children}
          </div>
        )}
      </main>
    </div>
  );
}
