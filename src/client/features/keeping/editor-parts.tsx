// What the delivery and evidence editors share: the link input, and the submit and Cancel row of
// a form that opens in place of what it edits.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Button } from '@client/components/button';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';

/** Not words: the start of a link, as an example of what goes in the field. */
const URL_START = 'https://';

/** A form's submit and its Cancel, side by side, for forms that open in place of what they edit. */
export function SaveCancel({ label, pending, onCancel }: { label: ReactNode; pending: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" pending={pending}>
        {label}
      </Button>
      <Button onClick={onCancel}>{t(commonWords.cancel)}</Button>
    </div>
  );
}

/** The link a delivery or a piece of evidence points to. */
export function LinkInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return <input type="url" className="input" placeholder={URL_START} {...props} />;
}
