import { useQuery } from "@tanstack/react-query";
import { sessionQueryOptions } from "../../lib/session.ts";

/** The member signed in, as the shell already read them; undefined only while it re-reads. */
export function useSignedInMember() {
  return useQuery(sessionQueryOptions()).data ?? undefined;
}
