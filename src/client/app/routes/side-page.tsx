// The frame of a page off the list (new pledge, intake, parties, trash): a way back to the list
// the reader came from, the page's heading and one line on what it is for, and its title.
import type { ReactNode } from 'react';
import { PageHeading } from '@client/components/page-heading';
import { useCan } from '@client/lib/session';
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

/** A side page that says and shows more to those who may edit (parties, trash). */
export function SidePageByRole({
  title,
  lede,
  children,
}: {
  title: string;
  lede: { editor: string; reader: string };
  children: (canEdit: boolean) => ReactNode;
}) {
  const { edit } = useCan();
  return (
    <SidePage title={title} lede={edit ? lede.editor : lede.reader}>
      {children(edit)}
    </SidePage>
  );
}
