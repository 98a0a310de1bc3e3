import { lazy } from "react";

/**
 * The page is its own chunk, fetched from the start in parallel with `/api/config` (which the
 * page waits for anyway), so that the entry holds only React, TanStack Query and the shell.
 */
const issuePermitPageModule = import("../features/issue-permit/components/issue-permit-page.tsx");
// Only warming the download here: a failure surfaces when the page renders, in its error boundary.
issuePermitPageModule.catch(() => undefined);

export const IssuePermitPage = lazy(() =>
  issuePermitPageModule.then((module) => ({ default: module.IssuePermitPage })),
);
