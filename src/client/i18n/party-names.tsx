// Parties named in a sentence ("United States and European allies" / "США та Європейські
// союзники"): each by its name in the reader's language where it has one, else as it is written,
// and each spoken in its own language by screen readers (`lang`). In a list of names no "(in
// English)" follows an untranslated one: the marks would crowd the line, and a name reads the
// same in any sentence. The parties page, where names are edited, marks them.
import type { PartyRef } from '@shared/contract';
import { shownName } from '@shared/i18n';
import { listFormat } from '@client/lib/format';
import { useT } from './language';

export function PartyNames({ parties }: { parties: readonly PartyRef[] }) {
  const t = useT();
  const shown = parties.map((p) => shownName(p, t.locale));
  const parts = listFormat(t.locale).formatToParts(shown.map((s) => s.text));
  let next = 0;
  return (
    <>
      {parts.map((part, i) => {
        if (part.type !== 'element') return part.value;
        const name = shown[next++]!;
        return name.lang === t.locale ? (
          part.value
        ) : (
          <span key={i} lang={name.lang}>
            {part.value}
          </span>
        );
      })}
    </>
  );
}
