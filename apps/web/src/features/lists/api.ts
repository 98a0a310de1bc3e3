import type { BatchInput, BatchState } from "@permit-desk/schema";
import * as batchEndpoints from "@permit-desk/schema/endpoints/batches";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi, endpointUrl } from "../../lib/api-client.ts";

const batchesKey = ["batches"] as const;

/** How often a running list's progress is read again. */
const PROGRESS_POLL_MS = 1000;

const isMoving = (state: BatchState) => state === "running";

/** The member's recent lists, read again while one of them is issuing. */
export function batchesQueryOptions() {
  return queryOptions({
    queryKey: batchesKey,
    queryFn: async () => (await callApi(batchEndpoints.listBatches)).batches,
    refetchInterval: (query) =>
      query.state.data?.some((batch) => isMoving(batch.state)) ? PROGRESS_POLL_MS : false,
  });
}

/** One list and how far it is, read again every second while it is issuing. */
export function batchQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...batchesKey, id],
    queryFn: () => callApi(batchEndpoints.getBatch, { params: { id } }),
    refetchInterval: (query) =>
      query.state.data && isMoving(query.state.data.state) ? PROGRESS_POLL_MS : false,
  });
}

export const previewList = (body: BatchInput) => callApi(batchEndpoints.previewBatch, { body });

/** Creates the batch and starts it: the server sends its rows from then on. */
export function useIssueList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BatchInput) => {
      const created = await callApi(batchEndpoints.createBatch, { body });
      return callApi(batchEndpoints.changeBatchState, {
        params: { id: created.id },
        body: { state: "running" },
      });
    },
    onSuccess: (batch) => {
      queryClient.setQueryData([...batchesKey, batch.id], batch);
      return queryClient.invalidateQueries({ queryKey: batchesKey, exact: true });
    },
  });
}

export function useBatchState(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (state: "running" | "paused") =>
      callApi(batchEndpoints.changeBatchState, { params: { id }, body: { state } }),
    onSuccess: (batch) => {
      queryClient.setQueryData([...batchesKey, id], batch);
      return queryClient.invalidateQueries({ queryKey: batchesKey, exact: true });
    },
  });
}

export const resultCsvUrl = (id: string) =>
  endpointUrl(batchEndpoints.exportBatchResult, { params: { id } });
