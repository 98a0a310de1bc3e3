import { PageHeading } from "../components/ui/page-heading.tsx";
import { TextLink } from "../components/ui/text-link.tsx";

export function NotFoundPage() {
  return (
    <div className="space-y-4">
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>There is no page at this address.</p>
      <p>
        <TextLink href="/">Issue a permit</TextLink> or{" "}
        <TextLink href="/history">look through the history</TextLink>.
      </p>
    </div>
  );
}
