import type { StaffMember } from "@permit-desk/schema";
import { Link } from "wouter";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";
import { roleMessages } from "../lib/roles.ts";
import { useSignOut } from "../lib/session.ts";
import { changePasswordPage, preloadPage } from "./pages.ts";

const HEADER_CONTROL =
  "inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-slate-100 hover:bg-slate-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-white";

type SignedInMemberProps = { member: StaffMember; onSignedOut: () => void };

/** Who is signed in, as the header shows them, with their own account's actions. */
export function SignedInMember({ member, onSignedOut }: SignedInMemberProps) {
  const signOut = useSignOut({ onSignedOut });
  const t = useMessages(commonMessages);
  const roleName = useMessages(roleMessages);
  return (
    <div className="ml-auto flex flex-wrap items-center gap-x-2">
      <p className="text-sm">
        <span className="font-semibold">{member.displayName}</span>{" "}
        <span className="text-slate-300">({roleName(member.role)})</span>
      </p>
      <Link
        href="/password"
        className={HEADER_CONTROL}
        onFocus={() => preloadPage(changePasswordPage)}
        onPointerEnter={() => preloadPage(changePasswordPage)}
      >
        {t("changeMyPassword")}
      </Link>
      <button
        type="button"
        className={HEADER_CONTROL}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t("signOut")}
      </button>
    </div>
  );
}
