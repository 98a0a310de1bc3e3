/**
 * The root of every query about permits, shared by the features that change permits and the
 * history that lists them, so that one invalidation refreshes them all.
 */
export const permitsQueryKey = ["permits"] as const;
