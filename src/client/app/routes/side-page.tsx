// The frame of a page off the list (new pledge, intake, parties, trash): a way back to the list
// the reader came from, the page's heading and one line on what it is for, and its title.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { PageHeading } from '@client/components/page-heading';
import { useLastListSearch } from '@client/lib/stores/last-list-search';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { paths } from '../paths';

export function SidePage({ title, lede, children }: { title: string; lede: ReactNode; children: ReactNode }) {
  const lastSearch = useLastListSearch((s) => s.filters);
  useDocumentTitle(title);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.home} search={lastSearch}>
          <span aria-hidden="true">← </span>All pledges
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>{title}</PageHeading>
        <p className="lede">{lede}</p>
      </div>
      {children}
    </>
  );
}
