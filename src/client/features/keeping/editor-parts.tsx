// What the delivery and evidence editors share: the link input, and the submit and Cancel row of
// a form that opens in place of what it edits.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { Button } from '@client/components/button';

/** A form's submit and its Cancel, side by side, for forms that open in place of what they edit. */
export function SaveCancel({ label, pending, onCancel }: { label: ReactNode; pending: boolean; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" pending={pending}>
        {label}
      </Button>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}

/** The link a delivery or a piece of evidence points to. */
export function LinkInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return <input type="url" className="input" placeholder="https://" {...props} />;
}
