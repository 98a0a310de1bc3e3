import { lazyPage } from "./lazy-page.ts";

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

const PAGES_AT = new Map<string, { preload: () => Promise<unknown> }>([
  ["/", issuePermitPage],
  ["/history", historyPage],
  ["/password", changePasswordPage],
  ["/users", usersPage],
  ["/zones", zonesPage],
  ["/templates", templatesPage],
  ["/audit", auditPage],
]);

function pageAt(pathname: string) {
  if (pathname.startsWith("/history/")) return permitRecordPage;
  return PAGES_AT.get(pathname);
}

/** Warms a page's download; a failure surfaces when the page renders. */
export function preloadPage(page: { preload: () => Promise<unknown> }): void {
  page.preload().catch(() => undefined);
}

/**
 * Fetches the page the browser opened at once, in parallel with the session and `/api/config`,
 * so that the entry holds only React, TanStack Query and the shell.
 */
export function preloadPageAt(pathname: string): void {
  const page = pageAt(pathname);
  if (page) preloadPage(page);
}
