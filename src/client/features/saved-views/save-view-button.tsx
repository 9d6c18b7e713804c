// "Save view": names the view on screen and keeps it on the server, with a short link. The
// dialog's code comes with the first click (only editors see the button at all).
import { lazy, Suspense, useState } from 'react';
import type { PledgeFilters } from '@shared/contract';
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { savedViewWords } from './messages';

const SaveViewDialog = lazy(() => import('./view-editing').then((m) => ({ default: m.SaveViewDialog })));

export function SaveViewButton({ filters }: { filters: PledgeFilters }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <Button small onClick={() => setOpen(true)}>
        {t(savedViewWords.saveView)}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <SaveViewDialog filters={filters} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
