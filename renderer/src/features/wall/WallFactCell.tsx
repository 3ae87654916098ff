import type { ReactNode } from 'react';

/** One labelled fact on an overview row; `loud` makes it the thing the room sees first. */
export function WallFactCell({
  label,
  tone = 'ok',
  loud = false,
  testId,
  children,
}: {
  label: string;
  tone?: string;
  loud?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`wall-fact wall-fact-${tone}${loud ? ' wall-loud' : ''}`}
      data-testid={testId}
      data-loud={loud ? 'true' : undefined}
    >
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
