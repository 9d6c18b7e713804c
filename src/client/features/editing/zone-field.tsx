// The pledge's time zone: any IANA name, suggested from the browser's list as you type.
import { useMemo } from 'react';
import { FormField } from '@client/components/form-field';
import { useT } from '@client/i18n/language';
import { zoneWords as words } from './messages';

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
  const t = useT();
  const zones = useMemo(zoneNames, []);
  const listId = 'time-zone-names';
  return (
    <FormField label={t(words.label)} hint={t(words.hint)} error={error}>
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
