import { type ComponentType, lazy } from "react";

/**
 * A page in its own chunk. `preload` starts the download before the page renders; the page
 * then renders from that same download, and a failed one surfaces in the page's error boundary.
 */
function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let download: Promise<ComponentType<Props>> | undefined;
  function preload(): Promise<ComponentType<Props>> {
    download ??= load();
    return download;
  }
  const Page = lazy(() => preload().then((component) => ({ default: component })));
  return { Page, preload };
}

export const issuePermitPage = lazyPage(() =>
  import("../features/issue-permit/components/issue-permit-page.tsx").then(
    (module) => module.IssuePermitPage,
  ),
);

export const historyPage = lazyPage(() =>
  import("../features/history/history-page.tsx").then((module) => module.HistoryPage),
);

export const permitRecordPage = lazyPage(() =>
  import("../features/permit-record/permit-record-page.tsx").then(
    (module) => module.PermitRecordPage,
  ),
);

export const signInPage = lazyPage(() =>
  import("../features/auth/sign-in-page.tsx").then((module) => module.SignInPage),
);

export const firstAdminPage = lazyPage(() =>
  import("../features/auth/first-admin-page.tsx").then((module) => module.FirstAdminPage),
);

export const changePasswordPage = lazyPage(() =>
  import("../features/auth/change-password-page.tsx").then((module) => module.ChangePasswordPage),
);

export const usersPage = lazyPage(() =>
  import("../features/users/users-page.tsx").then((module) => module.UsersPage),
);

export const zonesPage = lazyPage(() =>
  import("../features/zones/zones-page.tsx").then((module) => module.ZonesPage),
);

export const auditPage = lazyPage(() =>
  import("../features/audit/audit-page.tsx").then((module) => module.AuditPage),
);

export const templatesPage = lazyPage(() =>
  import("../features/templates/templates-page.tsx").then((module) => module.TemplatesPage),
);

export const statusPage = lazyPage(() =>
  import("../features/status/status-page.tsx").then((module) => module.StatusPage),
);

export const dayPage = lazyPage(() =>
  import("../features/day/day-page.tsx").then((module) => module.DayPage),
);

export const listsPage = lazyPage(() =>
  import("../features/lists/lists-page.tsx").then((module) => module.ListsPage),
);

const PAGES_AT = new Map<string, { preload: () => Promise<unknown> }>([
  ["/", issuePermitPage],
  ["/today", dayPage],
  ["/history", historyPage],
  ["/password", changePasswordPage],
  ["/users", usersPage],
  ["/zones", zonesPage],
  ["/templates", templatesPage],
  ["/lists", listsPage],
  ["/audit", auditPage],
  ["/status", statusPage],
]);

/** Warms a page's download; a failure surfaces when the page renders. */
export function preloadPage(page: { preload: () => Promise<unknown> }): void {
  page.preload().catch(() => undefined);
}

/**
 * Fetches the page the browser opened at once, in parallel with the session and `/api/config`,
 * so that the entry holds only React, TanStack Query and the shell.
 */
export function preloadPageAt(pathname: string): void {
  const page = pathname.startsWith("/history/") ? permitRecordPage : PAGES_AT.get(pathname);
  if (page) preloadPage(page);
}
