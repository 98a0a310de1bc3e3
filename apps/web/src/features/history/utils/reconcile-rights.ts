import type { StaffMember } from "@permit-desk/schema";

/** Managers and administrators record what OPSCOM shows; validators ask one of them. */
export function canReconcileChanges(member: Pick<StaffMember, "role">): boolean {
  return member.role === "manager" || member.role === "admin";
}
