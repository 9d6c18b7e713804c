// Grey shapes where content is about to be, so the page does not jump when it arrives.
import './skeleton.css';

export function SkeletonLine({ width = '100%', size = 'md' }: { width?: string; size?: 'sm' | 'md' | 'lg' }) {
  return <span className={`skeleton skeleton-${size}`} style={{ width }} aria-hidden="true" />;
}

export function SkeletonRow() {
  return (
    <div className="pledge-row pledge-row-skeleton" aria-hidden="true">
      <div className="pledge-row-main">
        <SkeletonLine width="30%" size="sm" />
        <SkeletonLine width="70%" size="lg" />
        <SkeletonLine width="50%" size="sm" />
      </div>
      <div className="pledge-row-side">
        <SkeletonLine width="6rem" size="md" />
      </div>
    </div>
  );
}
