import {
  batchInputSchema,
  batchListSchema,
  batchPreviewSchema,
  batchSchema,
  batchStateChangeSchema,
} from "../batches.ts";
import { type Endpoint, idParams } from "./endpoint.ts";

export const previewBatch = {
  method: "POST",
  path: "/api/batches/preview",
  access: "manager",
  body: batchInputSchema,
  status: 200,
  response: batchPreviewSchema,
} as const satisfies Endpoint;

export const createBatch = {
  method: "POST",
  path: "/api/batches",
  access: "manager",
  body: batchInputSchema,
  status: 201,
  response: batchSchema,
} as const satisfies Endpoint;

export const listBatches = {
  method: "GET",
  path: "/api/batches",
  access: "manager",
  status: 200,
  response: batchListSchema,
} as const satisfies Endpoint;

export const getBatch = {
  method: "GET",
  path: "/api/batches/:id",
  access: "manager",
  params: idParams,
  status: 200,
  response: batchSchema,
} as const satisfies Endpoint;

export const changeBatchState = {
  method: "POST",
  path: "/api/batches/:id/state",
  access: "manager",
  params: idParams,
  body: batchStateChangeSchema,
  status: 200,
  response: batchSchema,
} as const satisfies Endpoint;

export const exportBatchResult = {
  method: "GET",
  path: "/api/batches/:id/result.csv",
  access: "manager",
  params: idParams,
  status: 200,
  response: "csv",
} as const satisfies Endpoint;
