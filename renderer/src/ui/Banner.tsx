import type { ReactNode } from 'react';

export type BannerTone = 'info' | 'warning' | 'danger' | 'success';

export interface BannerProps {
  tone: BannerTone;
  children: ReactNode;
  /** Urgent banners are announced immediately by screen readers. */
  urgent?: boolean;
  className?: string;
}

export function Banner({ tone, children, urgent = false, className }: BannerProps) {
  return (
    <div
      className={['banner', `banner-${tone}`, className].filter(Boolean).join(' ')}
      role={urgent ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}
