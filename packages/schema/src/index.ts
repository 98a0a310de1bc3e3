export * from "./api.ts";
export * from "./draft.ts";
export * from "./money.ts";
export * from "./opscom-errors.ts";
export * from "./opscom-wire.ts";
export * from "./plate.ts";
export * from "./time.ts";
export * from "./to-wire.ts";
