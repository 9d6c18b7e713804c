// A web address typed in: the browser checks its shape, phones show their URL keyboard, and the
// placeholder shows where an address starts. Every link field of a form is one of these.
import type { InputHTMLAttributes } from 'react';

export function UrlInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'>) {
  return <input type="url" inputMode="url" className="input" placeholder="https://" {...props} />;
}
