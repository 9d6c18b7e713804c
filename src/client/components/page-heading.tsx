// The page's h1. After an in-app navigation it takes focus, so keyboard and screen reader users
// start reading the new page from its top, as they would after a full page load.
import { useEffect, useRef, type ReactNode } from 'react';

let hasRenderedAPage = false;

export function PageHeading({ children, className, id }: { children: ReactNode; className?: string; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasRenderedAPage) ref.current?.focus({ preventScroll: true });
    hasRenderedAPage = true;
  }, []);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
