// The pledge's time zone: any IANA name, suggested from the browser's list as you type.
import { useMemo } from 'react';
import { FormField } from '@client/components/form-field';

function zoneNames(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return supported.includes('UTC') ? supported : ['UTC', ...supported];
}

export function ZoneField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (zone: string) => void;
}) {
  const zones = useMemo(zoneNames, []);
  const listId = 'time-zone-names';
  return (
    <FormField
      label="Time zone"
      hint="Where it was said: its deadline days begin and end there, e.g. America/New_York."
      error={error}
    >
      {(control) => (
        <>
          <input
            {...control}
            className="input"
            list={listId}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={listId}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </FormField>
  );
}
