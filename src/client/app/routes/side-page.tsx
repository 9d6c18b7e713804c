// The frame of a page off the list (new pledge, intake, parties, trash): a way back to the list
// the reader came from, the page's heading and one line on what it is for, and its title.
import type { ReactNode } from 'react';
import { PageHeading } from '@client/components/page-heading';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { BackToList } from './back-to-list';

export function SidePage({ title, lede, children }: { title: string; lede: ReactNode; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <BackToList />
      <div className="page-intro">
        <PageHeading>{title}</PageHeading>
        <p className="lede">{lede}</p>
      </div>
      {children}
    </>
  );
}
