import { PERMIT_FIELD_NAMES, type PermitCreateWire } from "@permit-desk/schema";

/** A permit as OPSCOM holds it: the create body under canonical names, without the token. */
export type PermitBody = Omit<PermitCreateWire, "apiToken">;
export type PermitChanges = Partial<PermitBody>;

/** What fields of a permit held before an update: null for one the permit did not have. */
export type PermitValuesBefore = Partial<Record<keyof PermitBody, string | null>>;

/** One accepted update: the values it set, and what those fields held before it. */
export type PermitUpdate = { at: string; changes: PermitChanges; before: PermitValuesBefore };

export type StoredPermit = {
  referenceId: string;
  clientCode: string;
  body: PermitBody;
  /** True when the zone matches no configured zone: OPSCOM keeps it but does not report it. */
  disconnected: boolean;
  createdAt: string;
  updatedAt: string | null;
  /** Deleted permits are archived, never purged. */
  deletedAt: string | null;
  updates: PermitUpdate[];
};

export type PermitStore = ReturnType<typeof createPermitStore>;

function fieldsOf(changes: PermitChanges): Array<keyof PermitBody> {
  const fields: Array<keyof PermitBody> = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined && isPermitField(field)) fields.push(field);
  }
  return fields;
}

function isPermitField(name: string): name is keyof PermitBody {
  return name !== "apiToken" && Object.hasOwn(PERMIT_FIELD_NAMES, name);
}

type StoreOptions = {
  now: () => Date;
  newReferenceId: () => string;
  /** Zone names configured in OPSCOM; undefined accepts every named zone. */
  zones: readonly string[] | undefined;
};

export function createPermitStore({ now, newReferenceId, zones }: StoreOptions) {
  const permits = new Map<string, StoredPermit>();
  const isDisconnected = (body: PermitBody) =>
    body.zone === undefined || (zones !== undefined && !zones.includes(body.zone));

  return {
    create(clientCode: string, body: PermitBody): StoredPermit {
      const referenceId = newReferenceId();
      const permit: StoredPermit = {
        referenceId,
        clientCode,
        body,
        disconnected: isDisconnected(body),
        createdAt: now().toISOString(),
        updatedAt: null,
        deletedAt: null,
        updates: [],
      };
      permits.set(referenceId, permit);
      return structuredClone(permit);
    },

    update(referenceId: string, body: PermitBody, changes: PermitChanges): void {
      const permit = permits.get(referenceId);
      if (permit === undefined) return;
      const at = now().toISOString();
      const before: PermitValuesBefore = {};
      for (const field of fieldsOf(changes)) before[field] = permit.body[field] ?? null;
      permit.body = body;
      permit.disconnected = isDisconnected(body);
      permit.updatedAt = at;
      permit.updates.push({ at, changes, before });
    },

    delete(referenceId: string): void {
      const permit = permits.get(referenceId);
      if (permit !== undefined) permit.deletedAt = now().toISOString();
    },

    /** The permit a client may still change: its own, not deleted. */
    findLive(clientCode: string, referenceId: string): StoredPermit | undefined {
      const permit = permits.get(referenceId);
      if (permit?.clientCode !== clientCode || permit.deletedAt !== null) return undefined;
      return structuredClone(permit);
    },

    get(referenceId: string): StoredPermit | undefined {
      const permit = permits.get(referenceId);
      return permit === undefined ? undefined : structuredClone(permit);
    },

    list(): StoredPermit[] {
      return [...permits.values()].map((permit) => structuredClone(permit));
    },

    clear(): void {
      permits.clear();
    },
  };
}
