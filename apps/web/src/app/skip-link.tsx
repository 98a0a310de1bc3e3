import type { MouseEvent } from "react";
import { classNames } from "../lib/class-names.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";

export const MAIN_CONTENT_ID = "main-content";

/**
 * The first stop of the Tab key: past the header, straight to the page. Focus is moved by hand
 * so that the address keeps no `#main-content` and the router sees no change of page.
 */
export function SkipLink() {
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
