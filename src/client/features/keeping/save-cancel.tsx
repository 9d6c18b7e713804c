// The submit and Cancel row of the keeping editors, which open in place of what they edit.
import type { ReactNode } from 'react';
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
