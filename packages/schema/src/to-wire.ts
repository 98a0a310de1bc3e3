import type { PermitDraft, PermitDraftField } from "./draft.ts";
import type { PermitCreateWire, PermitWireField } from "./opscom-wire.ts";
import { PERMIT_FIELD_NAMES } from "./opscom-wire.ts";
import { type TimeBasis, toWireTime } from "./time.ts";

export type WireOptions = {
  apiToken: string;
  timeBasis: TimeBasis;
  siteTimeZone: string;
  defaultCurrency: string;
};

/** The Permit Create body for a draft, under the published sample's names and in its order. */
export function draftToWire(draft: PermitDraft, options: WireOptions): PermitCreateWire {
  const { apiToken, timeBasis, siteTimeZone, defaultCurrency } = options;
  return {
    apiToken,
    ...(draft.amount !== undefined && {
      Amount: draft.amount,
      CurrencyID: draft.currency ?? defaultCurrency,
    }),
    LicencePlate: draft.plate,
    zone: draft.zone,
    ...(draft.permitNo !== undefined && { permitNo: draft.permitNo }),
    startTime: toWireTime(draft.validFrom, timeBasis, siteTimeZone),
    endTime: toWireTime(draft.validUntil, timeBasis, siteTimeZone),
  };
}

const DRAFT_FIELD_BY_WIRE_FIELD: Record<Exclude<PermitWireField, "apiToken">, PermitDraftField> = {
  Amount: "amount",
  CurrencyID: "currency",
  startTime: "validFrom",
  endTime: "validUntil",
  LicencePlate: "plate",
  permitNo: "permitNo",
  zone: "zone",
};

/** The form field a wire attribute name (any of its published names) stands for. */
export function draftFieldOfWireName(name: string): PermitDraftField | undefined {
  for (const [canonical, names] of Object.entries(PERMIT_FIELD_NAMES)) {
    if (canonical !== "apiToken" && (names as readonly string[]).includes(name)) {
      return DRAFT_FIELD_BY_WIRE_FIELD[canonical as Exclude<PermitWireField, "apiToken">];
    }
  }
  return undefined;
}

/** Every published wire name, longest first, so that "EndDateUtc" is found before "endTime" would be. */
export const WIRE_FIELD_NAMES_LONGEST_FIRST = Object.entries(PERMIT_FIELD_NAMES)
  .filter(([canonical]) => canonical !== "apiToken")
  .flatMap(([, names]) => [...names])
  .sort((a, b) => b.length - a.length);
