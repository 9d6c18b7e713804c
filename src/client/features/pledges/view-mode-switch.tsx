// List or timeline: two drawings of the same view. The choice lives in the URL (view=timeline).
import { VIEW_MODES, type PledgeFilters } from '@shared/contract';
import { useT } from '@client/i18n/language';
import type { ChangeFilters } from './filter-bar';
import { VIEW_LABELS } from './filter-labels';
import { filterBarWords } from './messages';

const MODES = VIEW_MODES.map((value) => ({ value, label: VIEW_LABELS[value] }));

export function ViewModeSwitch({ filters, onChange }: { filters: PledgeFilters; onChange: ChangeFilters }) {
  const current = filters.view ?? 'list';
  const t = useT();
  return (
    <fieldset className="segmented view-mode">
      <legend className="visually-hidden">{t(filterBarWords.viewMode)}</legend>
      {MODES.map((mode) => (
        <label key={mode.value} className="segment">
          <input
            type="radio"
            name="view-mode"
            value={mode.value}
            checked={current === mode.value}
            onChange={() =>
              onChange({
                ...filters,
                view: mode.value === 'timeline' ? 'timeline' : undefined,
                zoom: mode.value === 'timeline' ? filters.zoom : undefined,
              })
            }
          />
          <span>{t(mode.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
