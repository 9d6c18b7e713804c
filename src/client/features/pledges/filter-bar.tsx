// The list's controls: text search, party, order, and the deadline-state and verdict filters.
// They only ever change the URL; the list reads its view from there.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  DEFAULT_SORT,
  filterEntry,
  MAX_QUERY_TEXT,
  MAX_TAGS,
  PARTY_ROLE_FILTERS,
  SORTS,
  type PartyRoleFilter,
  type PledgeFilters,
  type Sort,
} from '@shared/contract';
import { dateInZone, instantFromEpochMs, isRealPlainDate } from '@shared/domain';
import { formatDateIn, formatDateRangeIn, formatDateWithWeekdayIn, shownName, type Translate } from '@shared/i18n';
import { now } from '@client/lib/clock';
import { DateEcho } from '@client/components/date-field';
import { useT } from '@client/i18n/language';
import { FormField, TextField } from '@client/components/form-field';
import { partiesOptions } from '@client/lib/endpoints/parties';
import {
  GROUPED_PARAMS,
  isSet,
  LABELLED_PARAMS,
  labelOf,
  PARAM_NAMES,
  ROLE_LABELS,
  SORT_LABELS,
} from './filter-labels';
import { filterBarWords } from './messages';
import './filters.css';

export type ChangeFilters = (next: PledgeFilters, options?: { replace?: boolean }) => void;

const SEARCH_DELAY_MS = 300;

function toggle<T extends string>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const current = list ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length ? next : undefined;
}

/** A key handler that applies a typed value on Enter, instead of submitting the form. */
function onEnter(apply: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    apply();
  };
}

function SearchField({ value, onCommit }: { value: string | undefined; onCommit: (q: string | undefined) => void }) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // The URL changed from elsewhere (e.g. "Clear filters"): show what it says now.
  if (seen !== value) {
    setSeen(value);
    if ((value ?? '') !== text.trim()) setText(value ?? '');
  }
  const commit = useRef(onCommit);
  useLayoutEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === (value ?? '')) return;
    const timer = setTimeout(() => commit.current(trimmed || undefined), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <TextField
      label={t(PARAM_NAMES.q)}
      className="field-search"
      type="search"
      placeholder={t(filterBarWords.searchPlaceholder)}
      maxLength={MAX_QUERY_TEXT}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onEnter(() => commit.current(text.trim() || undefined))}
    />
  );
}

/** "Security, Aid  relief" → ['security', 'aid-relief']: tags are slugs; the route reports what is still not one. */
function tagsOf(text: string): string[] | undefined {
  const tags = text
    .split(',')
    .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
  return tags.length ? [...new Set(tags)].slice(0, MAX_TAGS) : undefined;
}

function TagField({
  value,
  onCommit,
}: {
  value: string[] | undefined;
  onCommit: (tags: string[] | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const shown = value?.join(', ') ?? '';
  const [text, setText] = useState(shown);
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setText(shown);
  }
  const commit = () => {
    const next = tagsOf(text);
    if ((next?.join(', ') ?? '') !== shown) onCommit(next);
    else setText(shown);
  };
  return (
    <div className="field field-tags">
      <label className="field-label" htmlFor={id}>
        {t(PARAM_NAMES.tag)}
      </label>
      <input
        id={id}
        className="input"
        placeholder={t(filterBarWords.tagPlaceholder)}
        aria-describedby={hintId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onEnter(commit)}
      />
      <span id={hintId} className="visually-hidden">
        {t(filterBarWords.tagHint)}
      </span>
    </div>
  );
}

/** A labelled date input whose empty value means "not set". */
function DateInput({
  label,
  value,
  onChange,
  ...limits
}: {
  label: string;
  value: string | undefined;
  onChange: (date: string | undefined) => void;
  min?: string;
  max?: string;
  'aria-describedby'?: string;
}) {
  const id = useId();
  return (
    <label className="date-field" htmlFor={id}>
      <span className="field-label">{label}</span>
      <input
        id={id}
        type="date"
        className="input"
        value={value ?? ''}
        {...limits}
        onChange={(e) => onChange(e.target.value || undefined)}
      />
    </label>
  );
}

/** The range as the list writes it: "20 Aug – 30 Sep 2025", "from 20 Aug 2025", "until 30 Sep 2025". */
function rangeWords(from: string | undefined, to: string | undefined, t: Translate): string {
  if (from && to) return formatDateRangeIn(t.locale, from, to);
  if (from) return t(filterBarWords.rangeFrom, { date: formatDateIn(t.locale, from) });
  return to ? t(filterBarWords.rangeUntil, { date: formatDateIn(t.locale, to) }) : '';
}

/** "Mon 1 Sep 2025" / "пн, 1 вер. 2025" under a date input, for the day typed there. */
function dayWords(value: string | undefined, t: Translate): string {
  return value && isRealPlainDate(value) ? formatDateWithWeekdayIn(t.locale, value) : '';
}

function DateRange({
  from,
  to,
  onChange,
}: {
  from?: string;
  to?: string;
  onChange: (range: { from?: string; to?: string }) => void;
}) {
  const t = useT();
  const echoId = useId();
  const echo = rangeWords(from, to, t);
  const describedBy = echo ? echoId : undefined;
  const set = (next: { from?: string; to?: string }) => {
    // A range picked backwards is meant the other way round.
    if (next.from && next.to && next.from > next.to) onChange({ from: next.to, to: next.from });
    else onChange(next);
  };
  return (
    <fieldset className="chip-group date-range">
      <legend className="chip-legend">{t(filterBarWords.between)}</legend>
      <div className="date-range-fields">
        <DateInput
          label={t(filterBarWords.from)}
          value={from}
          max={to}
          aria-describedby={describedBy}
          onChange={(date) => set({ from: date, to })}
        />
        <DateInput
          label={t(filterBarWords.to)}
          value={to}
          min={from}
          aria-describedby={describedBy}
          onChange={(date) => set({ from, to: date })}
        />
        <DateEcho id={echoId} text={echo} />
      </div>
    </fieldset>
  );
}

/** Today's date where the reader is: the latest day one can look back to. */
function readerToday(): string {
  return dateInZone(instantFromEpochMs(now()), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

function AsOfField({ value, onChange }: { value?: string; onChange: (asOf: string | undefined) => void }) {
  const t = useT();
  const hintId = useId();
  const echoId = useId();
  return (
    <fieldset className="chip-group as-of-field">
      <legend className="chip-legend">{t(filterBarWords.lookBack)}</legend>
      <DateInput
        label={t(PARAM_NAMES.asOf)}
        value={value}
        max={readerToday()}
        aria-describedby={value ? `${echoId} ${hintId}` : hintId}
        onChange={onChange}
      />
      <DateEcho id={echoId} text={dayWords(value, t)} />
      <span id={hintId} className="visually-hidden">
        {t(filterBarWords.asOfHint)}
      </span>
    </fieldset>
  );
}

function ChipBox({
  className,
  checked,
  onChange,
  children,
}: {
  className: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: string;
}) {
  return (
    <label className={`chip ${className}`}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {/* Seen, not read: the box's name stays the same whether it is ticked or not. */}
      <span className="chip-check" aria-hidden="true">
        ✓
      </span>
      <span>{children}</span>
    </label>
  );
}

/**
 * The checkbox groups the labels ask for, in their order: a box per value of a list of known
 * values (state, verdict, delivered), one box that sets a true-or-false filter (slipped).
 */
function FilterGroups({ filters, onChange }: { filters: PledgeFilters; onChange: ChangeFilters }) {
  const t = useT();
  return GROUPED_PARAMS.map((name) => {
    const label = labelOf(name);
    if (!label || !('group' in label) || !label.group) return null;
    let boxes;
    if ('each' in label) {
      const { options, order } = label.group;
      const entry = filterEntry(name);
      const selected = (filters[name] ?? []) as readonly string[];
      boxes = (order ?? ('values' in entry ? entry.values : [])).map((option) => (
        <ChipBox
          key={option}
          className={`chip-${name} ${name}-${option}`}
          checked={selected.includes(option)}
          onChange={() => onChange({ ...filters, [name]: toggle(selected, option) })}
        >
          {options[option] ? t(options[option]) : option}
        </ChipBox>
      ));
    } else {
      boxes = (
        <ChipBox
          className={`chip-${name}`}
          checked={filters[name] === true}
          onChange={(checked) => onChange({ ...filters, [name]: checked ? true : undefined })}
        >
          {t(label.group.option)}
        </ChipBox>
      );
    }
    return (
      <fieldset key={name} className="chip-group">
        <legend className="chip-legend">{t(label.group.legend)}</legend>
        <div className="chips">{boxes}</div>
      </fieldset>
    );
  });
}

export function FilterBar({ filters, onChange }: { filters: PledgeFilters; onChange: ChangeFilters }) {
  const t = useT();
  const parties = useQuery(partiesOptions());
  // Each party by the name the reader sees, in their alphabet's order.
  const partyOptions = useMemo(
    () =>
      (parties.data ?? [])
        .map((p) => ({ id: p.id, name: shownName(p, t.locale) }))
        .sort((a, b) => a.name.text.localeCompare(b.name.text, t.locale, { sensitivity: 'base' })),
    [parties.data, t.locale],
  );
  const unknownParty = filters.party && !partyOptions.some((p) => p.id === filters.party) ? filters.party : null;
  const chipsId = useId();
  // On a phone the chip groups fold away behind one button; on wider screens they are always shown.
  const [chipsOpen, setChipsOpen] = useState(false);
  // What is on behind the button: each box ticked, the deadline range, the as-of day.
  const chipCount =
    GROUPED_PARAMS.flatMap((name) => [filters[name] ?? []].flat()).length +
    (filters.from || filters.to ? 1 : 0) +
    (filters.asOf ? 1 : 0);

  return (
    <form className="filters" role="search" aria-label={t(filterBarWords.form)} onSubmit={(e) => e.preventDefault()}>
      <div className="filters-row">
        <SearchField value={filters.q} onCommit={(q) => onChange({ ...filters, q }, { replace: true })} />
        <FormField label={t(PARAM_NAMES.party)}>
          {(control) => (
            <select
              {...control}
              className="input select"
              value={filters.party ?? ''}
              onChange={(e) => {
                const party = e.target.value || undefined;
                onChange({ ...filters, party, role: party ? filters.role : undefined });
              }}
            >
              <option value="">{t(filterBarWords.anyParty)}</option>
              {unknownParty ? <option value={unknownParty}>{unknownParty}</option> : null}
              {partyOptions.map((p) => (
                <option key={p.id} value={p.id} lang={p.name.lang === t.locale ? undefined : p.name.lang}>
                  {p.name.text}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t(filterBarWords.as)}>
          {(control) => (
            <select
              {...control}
              className="input select"
              value={filters.role ?? ''}
              disabled={!filters.party}
              title={filters.party ? undefined : t(filterBarWords.chooseParty)}
              onChange={(e) =>
                onChange({ ...filters, role: (e.target.value || undefined) as PartyRoleFilter | undefined })
              }
            >
              <option value="">{t(filterBarWords.anyRole)}</option>
              {PARTY_ROLE_FILTERS.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_LABELS[r])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TagField value={filters.tag} onCommit={(tag) => onChange({ ...filters, tag })} />
        <FormField label={t(PARAM_NAMES.sort)}>
          {(control) => (
            <select
              {...control}
              className="input select"
              value={filters.sort ?? DEFAULT_SORT}
              onChange={(e) => {
                const sort = e.target.value as Sort;
                onChange({ ...filters, sort: sort === DEFAULT_SORT ? undefined : sort });
              }}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(SORT_LABELS[s])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <button
        type="button"
        className="button button-small filters-toggle"
        aria-expanded={chipsOpen}
        aria-controls={chipsId}
        onClick={() => setChipsOpen((open) => !open)}
      >
        {chipCount ? t(filterBarWords.moreFiltersOn, { count: chipCount }) : t(filterBarWords.moreFilters)}
        <span className="filters-toggle-mark" aria-hidden="true">
          {chipsOpen ? '▴' : '▾'}
        </span>
      </button>
      <div className="filters-chips" id={chipsId} data-open={chipsOpen || undefined}>
        <FilterGroups filters={filters} onChange={onChange} />
        <DateRange from={filters.from} to={filters.to} onChange={(range) => onChange({ ...filters, ...range })} />
        <AsOfField value={filters.asOf} onChange={(asOf) => onChange({ ...filters, asOf })} />
      </div>
    </form>
  );
}

/** The view without its filters: what has no chip (the order, the drawing, the as-of day) stays. */
export function withoutFilters(filters: PledgeFilters): PledgeFilters {
  return Object.fromEntries(
    LABELLED_PARAMS.filter((name) => labelOf(name) === null && filters[name] !== undefined).map((name) => [
      name,
      filters[name],
    ]),
  );
}

/** Whether any parameter with a chip is set. */
export function hasActiveFilters(filters: PledgeFilters): boolean {
  return LABELLED_PARAMS.some((name) => labelOf(name) !== null && isSet(filters, name));
}
