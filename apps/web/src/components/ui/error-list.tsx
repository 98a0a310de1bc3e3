type ErrorListProps = { id: string | undefined; errors: readonly string[] };

/** The role sits on a wrapper: on the list itself it would hide the list from screen readers. */
export function ErrorList({ id, errors }: ErrorListProps) {
  if (errors.length === 0) return null;
  return (
    <div id={id} role="alert" className="mt-1 text-sm font-medium text-red-700">
      <ul className="space-y-1">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
