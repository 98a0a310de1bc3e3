import { lazyPage } from "./lazy-page.ts";

export const issuePermitPage = lazyPage(() =>
  import("../features/issue-permit/components/issue-permit-page.tsx").then(
    (module) => module.IssuePermitPage,
  ),
);

export const historyPage = lazyPage(() =>
  import("../features/history/components/history-page.tsx").then((module) => module.HistoryPage),
);

export const permitRecordPage = lazyPage(() =>
  import("../features/history/components/permit-record-page.tsx").then(
    (module) => module.PermitRecordPage,
  ),
);

function pageAt(pathname: string) {
  if (pathname === "/") return issuePermitPage;
  if (pathname === "/history") return historyPage;
  if (pathname.startsWith("/history/")) return permitRecordPage;
  return undefined;
}

/**
 * Fetches the page the browser opened at once, in parallel with `/api/config`, so that the
 * entry holds only React, TanStack Query and the shell.
 */
export function preloadPageAt(pathname: string): void {
  // Only warming the download here: a failure surfaces when the page renders.
  pageAt(pathname)
    ?.preload()
    .catch(() => undefined);
}
