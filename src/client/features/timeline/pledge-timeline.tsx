// A view of pledges drawn on a time axis: one row per pledge with a deadline (a bar across its
// window, a point for a single day), coloured by where it stands; a line for today (or the
// as-of day); a zoom (about a month, a quarter or a year across the screen, or every window at
// once). When the screen leaves pledges out, a strip above the drawing counts them on each side
// and goes to them. It loads the same pages as the list, so switching between them reuses the
// cache, and a new filter keeps the old drawing on screen, dimmed, until the new one arrives.
import { PledgeTitle } from '@client/i18n/shown-title';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import {
  Fragment,
  memo,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { dataFilters, DEFAULT_ZOOM, ZOOMS, type Pledge, type PledgeFilters, type Zoom } from '@shared/contract';
import { compareDates, deadlineStateWords } from '@shared/domain';
import { formatDateRangeIn, INTL_LOCALE, type Message } from '@shared/i18n';
import { ErrorState } from '@client/components/error-state';
import { SkeletonLine } from '@client/components/skeleton';
import { errorMessage } from '@client/lib/api-client';
import { pledgeListOptions } from '@client/lib/endpoints/pledge-list';
import { stateWords } from '@client/components/messages';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { useMinuteClock } from '@client/lib/use-minute-clock';
import { paths } from '@client/app/paths';
import { Button } from '@client/components/button';
import { EdgeMarkers } from './edge-markers';
import { fitRange, fitTickZoom } from './fit';
import { timelineMarker, type TimelineMarker } from './marker';
import { offscreenCounts, revealStart, sideOf, type Side } from './offscreen';
import { rovingTarget } from './roving';
import { timelineRows, type TimelineRow } from './rows';
import {
  axisRange,
  dateAt,
  initialViewStart,
  pxPerDayAcross,
  revealScroll,
  VISIBLE_DAYS,
  visibleSpan,
  widthOf,
  xOf,
  type DaySpan,
  type TimeScale,
} from './scale';
import { estimateLabelWidth } from './labels';
import { timelineWords } from './messages';
import { placeTicks, TICK_FONT_PX, TICK_LABEL_INSET_PX } from './ticks';
import './timeline.css';

interface PledgeTimelineProps {
  filters: PledgeFilters;
  zoom: Zoom;
  onZoomChange: (zoom: Zoom) => void;
}

const ZOOM_LABELS: Record<Zoom, Message> = {
  month: timelineWords.month,
  quarter: timelineWords.quarter,
  year: timelineWords.year,
  fit: timelineWords.fit,
};

/** Height of the sticky axis (tick labels and the marker's flag), as timeline.css draws it. */
const AXIS_PX = 60;
/** The narrowest a bar is drawn, so a short window stays visible (and clickable) when zoomed out. */
const MIN_BAR_PX = 8;
const POINT_PX = 14;

function ZoomToggle({ zoom, onChange }: { zoom: Zoom; onChange: (zoom: Zoom) => void }) {
  const t = useT();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t(timelineWords.zoom)}</legend>
      {ZOOMS.map((z) => (
        <label key={z} className="segment">
          <input type="radio" name="timeline-zoom" value={z} checked={zoom === z} onChange={() => onChange(z)} />
          <span>{t(ZOOM_LABELS[z])}</span>
        </label>
      ))}
    </fieldset>
  );
}

function TimelineLoading() {
  const t = useT();
  const bars: [number, number][] = [
    [8, 30],
    [22, 18],
    [35, 40],
    [14, 24],
    [50, 20],
  ];
  return (
    <div className="timeline-frame timeline-loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t(timelineWords.loading)}
      </p>
      <div className="timeline-loading-axis" aria-hidden="true" />
      {bars.map(([left, width], i) => (
        <div key={i} className="timeline-loading-row" aria-hidden="true" style={{ paddingLeft: `${left}%` }}>
          <SkeletonLine width={`${Math.min(width + 15, 45)}%`} size="sm" />
          <SkeletonLine width={`${width}%`} size="md" />
        </div>
      ))}
    </div>
  );
}

/** "A, B and C" / "A, B та C", each a link to its pledge. */
function PledgeLinks({ pledges }: { pledges: readonly Pledge[] }) {
  const t = useT();
  // The list's words come from Intl; each element is put back as its pledge's link.
  const parts = new Intl.ListFormat(INTL_LOCALE[t.locale], { type: 'conjunction' }).formatToParts(
    pledges.map((_, i) => String(i)),
  );
  return (
    <>
      {parts.map((part, i) => {
        const p = part.type === 'element' ? pledges[Number(part.value)] : undefined;
        return p ? (
          <Link key={p.id} to={paths.pledge} params={{ id: p.id }}>
            <PledgeTitle pledge={p} />
          </Link>
        ) : (
          <Fragment key={`sep-${i}`}>{part.value}</Fragment>
        );
      })}
    </>
  );
}

function Undated({ pledges, partial }: { pledges: readonly Pledge[]; partial: boolean }) {
  if (!pledges.length) return null;
  return (
    <p className="timeline-undated">
      <Rich
        message={partial ? timelineWords.undatedLoaded : timelineWords.undatedInView}
        values={{ count: pledges.length }}
        tags={{ links: () => <PledgeLinks pledges={pledges} /> }}
      />
    </p>
  );
}

interface Geometry {
  /** Where the window's first day starts. */
  x: number;
  /** The drawn shape: a bar from x, or a point centred on its day. */
  left: number;
  width: number;
}

interface RowItemProps {
  row: TimelineRow;
  index: number;
  geometry: Geometry;
  /** Off screen, and on which side: its title says which way its bar lies. */
  side: Side | null;
  active: boolean;
  onBarFocus: (index: number) => void;
  registerBar: (index: number, el: HTMLAnchorElement | null) => void;
  openPledge: (id: string) => void;
}

const TimelineRowItem = memo(
  function TimelineRowItem({ row, index, geometry, side, active, onBarFocus, registerBar, openPledge }: RowItemProps) {
    const id = row.pledge.id;
    const t = useT();
    return (
      <li className={`timeline-row state-${row.state}`}>
        {/* The spacer puts the title over its bar; sticky, the title stays on screen. */}
        <span className="timeline-label-line" aria-hidden="true">
          <span className="timeline-label-spacer" style={{ width: geometry.x }} />
          <span className="timeline-label" onClick={() => openPledge(id)}>
            <span className="timeline-label-title">
              <PledgeTitle pledge={row.pledge} />
            </span>
            <span className="timeline-label-meta">
              <span className="timeline-label-dot" />
              {side === 'earlier' ? '← ' : ''}
              {formatDateRangeIn(t.locale, row.first, row.last)} · {t(deadlineStateWords[row.state])}
              {side === 'later' ? ' →' : ''}
            </span>
          </span>
        </span>
        <span className="timeline-track">
          <Link
            ref={(el) => registerBar(index, el)}
            to={paths.pledge}
            params={{ id }}
            className={row.point ? 'timeline-bar is-point' : 'timeline-bar'}
            style={{ left: geometry.left, width: geometry.width }}
            aria-label={row.name}
            title={row.name}
            tabIndex={active ? 0 : -1}
            onFocus={() => onBarFocus(index)}
          />
        </span>
      </li>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.side === b.side &&
    a.active === b.active &&
    a.geometry.x === b.geometry.x &&
    a.geometry.left === b.geometry.left &&
    a.geometry.width === b.geometry.width,
);

interface Anchor {
  date: string;
  /** How far into that day, 0 to 1. */
  part: number;
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

interface ChartHandle {
  goToMarker: () => void;
}

interface ChartProps {
  rows: TimelineRow[];
  marker: TimelineMarker;
  zoom: Zoom;
  onZoomChange: (zoom: Zoom) => void;
  handle: Ref<ChartHandle>;
}

const NOTHING_OFF_SCREEN = { earlier: 0, later: 0 };

function TimelineChart({ rows, marker, zoom, onZoomChange, handle }: ChartProps) {
  const t = useT();
  const viewportRef = useRef<HTMLDivElement>(null);
  const barRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const navigate = useNavigate();
  // Null until measured: nothing is scrolled before the real width is known.
  const [viewportPx, setViewportPx] = useState<number | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The days on screen, to the day: what lies beyond them is counted at the edges.
  const [visible, setVisible] = useState<DaySpan | null>(null);

  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    setViewportPx(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewportPx(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Fit: the axis is the view's windows (and the marker when it is near), all across the screen.
  const fitted = useMemo(() => (zoom === 'fit' ? fitRange(rows, marker.date) : null), [zoom, rows, marker.date]);
  const visibleDays = zoom === 'fit' ? (fitted?.days ?? 1) : VISIBLE_DAYS[zoom];
  const tickZoom = zoom === 'fit' ? fitTickZoom(visibleDays) : zoom;
  const pxPerDay = pxPerDayAcross(visibleDays, viewportPx ?? 0);
  const range = useMemo(
    () => fitted ?? axisRange(rows, marker.date, visibleDays),
    [fitted, rows, marker.date, visibleDays],
  );
  const scale: TimeScale = useMemo(
    () => ({ start: range.start, days: range.days, pxPerDay }),
    [range.start, range.days, pxPerDay],
  );
  // Until the width is known only the frame is drawn: the rows are drawn once, at their scale.
  const measured = viewportPx !== null;
  const ticks = useMemo(
    () => (measured ? placeTicks(scale, tickZoom, { leadingMonth: fitted !== null, locale: t.locale }) : []),
    [measured, scale, tickZoom, fitted, t.locale],
  );
  const width = widthOf(scale);
  const markerX = xOf(scale, marker.date) + pxPerDay / 2;
  const markerShown = fitted?.showsMarker ?? true;
  // Only the zooms that scroll leave pledges off screen.
  const edges = fitted === null && visible !== null;
  const counts = useMemo(() => (edges ? offscreenCounts(rows, visible) : NOTHING_OFF_SCREEN), [edges, rows, visible]);

  // What stays in the middle of the screen when the scale changes (zoom, resize, more pages).
  const anchor = useRef<Anchor | null>(null);
  const shownMarker = useRef<string | null>(null);
  const rememberCentre = () => {
    const el = viewportRef.current;
    if (!el || !measured) return;
    const x = el.scrollLeft + el.clientWidth / 2;
    const date = dateAt(scale, x);
    anchor.current = { date, part: Math.min(1, Math.max(0, (x - xOf(scale, date)) / pxPerDay)) };
  };
  /** Reads the days on screen; returns them. */
  const readVisible = (): DaySpan | null => {
    const el = viewportRef.current;
    if (!el || !measured) return null;
    const next = visibleSpan(scale, el.scrollLeft, el.clientWidth);
    setVisible((v) => (v && v.first === next.first && v.last === next.last ? v : next));
    return next;
  };
  const onScroll = () => {
    rememberCentre();
    readVisible();
  };

  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (!el || !measured) return;
    if (anchor.current === null || shownMarker.current !== marker.date) {
      // First drawing, or a new as-of day: bring the marker into view with as many bars as fit.
      el.scrollLeft = xOf(scale, initialViewStart(rows, marker.date, visibleDays));
      shownMarker.current = marker.date;
    } else {
      el.scrollLeft = xOf(scale, anchor.current.date) + anchor.current.part * scale.pxPerDay - el.clientWidth / 2;
    }
    rememberCentre();
    readVisible();
    // Only a new scale or marker moves the view; new rows on the same scale leave it alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scale, marker.date, measured]);

  useImperativeHandle(handle, () => ({
    goToMarker: () => {
      const el = viewportRef.current;
      if (!el) return;
      if (!markerShown) {
        // Fitted to windows far from it: the default zoom opens with the marker in the middle.
        anchor.current = { date: marker.date, part: 0.5 };
        onZoomChange(DEFAULT_ZOOM);
        return;
      }
      const left = Math.max(0, markerX - el.clientWidth / 2);
      if (typeof el.scrollTo === 'function') el.scrollTo({ left, behavior: reducedMotion() ? 'auto' : 'smooth' });
      else el.scrollLeft = left;
    },
  }));

  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.pledge.id === activeId),
  );

  const geometry = (row: TimelineRow): Geometry => {
    const x = xOf(scale, row.first);
    if (row.point) return { x, left: x + pxPerDay / 2 - POINT_PX / 2, width: POINT_PX };
    const w = Math.max(MIN_BAR_PX, xOf(scale, row.last) + pxPerDay - x);
    return { x, left: x, width: w };
  };

  // Bring a row into view below the sticky axis.
  const revealRow = (index: number) => {
    const el = viewportRef.current;
    const item = barRefs.current[index]?.closest('li');
    if (!el || !item) return;
    const top = item.offsetTop - AXIS_PX;
    const next = revealScroll(el.scrollTop, el.clientHeight - AXIS_PX, top, item.offsetHeight, 8);
    if (next !== el.scrollTop) el.scrollTop = next;
  };

  // Bring a focused bar into view below the sticky axis, with room on either side.
  const reveal = (index: number) => {
    const el = viewportRef.current;
    const bar = barRefs.current[index];
    const row = rows[index];
    if (!el || !bar || !row) return;
    const { left, width: w } = geometry(row);
    el.scrollLeft = revealScroll(el.scrollLeft, el.clientWidth, left, w, 24);
    revealRow(index);
    // And the page, when the drawing is partly below the fold (the bar is already in the box).
    bar.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  // An edge marker: scroll to the pledges on its side. The first of them (in the view's order)
  // becomes the bar Tab reaches, and takes the focus when the marker goes away with the last.
  const revealSide = (side: Side) => {
    const el = viewportRef.current;
    const start = visible && revealStart(rows, visible, side);
    if (!el || !visible || !start) return;
    el.scrollLeft = xOf(scale, start);
    rememberCentre();
    const now = readVisible();
    const index = now ? rows.findIndex((r) => sideOf(r, visible) === side && sideOf(r, now) === null) : -1;
    const row = rows[index];
    if (!now || !row) return;
    setActiveId(row.pledge.id);
    revealRow(index);
    if (!rows.some((r) => sideOf(r, now) === side)) barRefs.current[index]?.focus({ preventScroll: true });
  };

  // Rows are memoized: they get callbacks that never change and call this render's functions.
  const latest = useRef({ reveal, navigate, rows });
  latest.current = { reveal, navigate, rows };
  const onBarFocus = useCallback((index: number) => {
    const row = latest.current.rows[index];
    if (row) setActiveId(row.pledge.id);
    latest.current.reveal(index);
  }, []);
  const registerBar = useCallback((index: number, el: HTMLAnchorElement | null) => {
    barRefs.current[index] = el;
  }, []);
  const openPledge = useCallback(
    (id: string) => void latest.current.navigate({ to: paths.pledge, params: { id } }),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = rovingTarget(event.key, activeIndex, rows.length);
    if (target === null) return;
    event.preventDefault();
    setActiveId(rows[target]!.pledge.id);
    barRefs.current[target]?.focus({ preventScroll: true });
    reveal(target);
  };

  const canvasStyle = { width, '--tl-viewport': `${Math.max(viewportPx ?? 0, 280)}px` } as CSSProperties;

  const flagHalf = estimateLabelWidth(marker.label, TICK_FONT_PX) / 2 + 12;

  const markerSide = compareDates(marker.date, scale.start) < 0 ? 'earlier' : 'later';

  return (
    <div className="timeline-frame">
      {fitted === null ? <EdgeMarkers counts={counts} onReveal={revealSide} /> : null}
      <div className="timeline-viewport" ref={viewportRef} onScroll={onScroll}>
        <div className={`timeline-canvas zoom-${zoom}`} style={canvasStyle}>
          <div className="timeline-grid" aria-hidden="true">
            {ticks.map((tick) =>
              tick.grid ? (
                <span key={tick.date} className={`timeline-gridline is-${tick.grid}`} style={{ left: tick.x }} />
              ) : null,
            )}
          </div>
          {markerShown ? <div className="timeline-marker-line" aria-hidden="true" style={{ left: markerX }} /> : null}
          <div className="timeline-axis">
            <div className="timeline-ticks" aria-hidden="true">
              {ticks.map((tick) =>
                tick.showLabel ? (
                  <span
                    key={tick.date}
                    className={`timeline-tick is-level-${tick.level}`}
                    style={{ left: tick.x + TICK_LABEL_INSET_PX }}
                  >
                    {tick.label}
                  </span>
                ) : null,
              )}
            </div>
            <div className="timeline-marker-lane">
              {markerShown ? (
                <span
                  className="timeline-marker-flag"
                  style={{ left: Math.min(Math.max(markerX, flagHalf), width - flagHalf) }}
                >
                  {marker.label}
                </span>
              ) : (
                // Off the fitted axis: the flag waits at the edge it lies beyond.
                <span className={`timeline-marker-flag is-beyond is-${markerSide}`}>
                  {markerSide === 'earlier' ? <span aria-hidden="true">← </span> : null}
                  {marker.label}
                  {markerSide === 'later' ? <span aria-hidden="true"> →</span> : null}
                </span>
              )}
            </div>
          </div>
          <ol className="timeline-rows" aria-label={t(timelineWords.rows)} onKeyDown={onKeyDown}>
            {(measured ? rows : []).map((row, i) => (
              <TimelineRowItem
                key={row.pledge.id}
                row={row}
                index={i}
                geometry={geometry(row)}
                side={edges ? sideOf(row, visible) : null}
                active={i === activeIndex}
                onBarFocus={onBarFocus}
                registerBar={registerBar}
                openPledge={openPledge}
              />
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}

export function PledgeTimeline({ filters, zoom, onZoomChange }: PledgeTimelineProps) {
  const query = useInfiniteQuery(pledgeListOptions(dataFilters(filters)));
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  // To the minute: the rows stay equal from one render to the next (and memoized).
  const nowMs = useMinuteClock();
  const t = useT();
  const marker = useMemo(() => timelineMarker(nowMs, filters.asOf, undefined, t), [nowMs, filters.asOf, t]);
  const { rows, undated } = useMemo(() => timelineRows(items, nowMs, filters.asOf, t), [items, nowMs, filters.asOf, t]);

  const pages = query.data?.pages ?? [];
  const total = pages[pages.length - 1]?.total ?? 0;
  const updating = query.isPlaceholderData;
  const chart = useRef<ChartHandle>(null);

  let body;
  if (query.isPending) {
    body = <TimelineLoading />;
  } else if (query.isError && !query.data) {
    body = (
      <ErrorState
        title={t(timelineWords.loadFailed)}
        message={errorMessage(query.error, t)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (total === 0 || items.length === 0) {
    body = (
      <div className="state-panel state-empty" role="status">
        <h2 className="state-title">{t(timelineWords.noneMatch)}</h2>
        <p>{t(timelineWords.noneMatchText)}</p>
      </div>
    );
  } else {
    body = (
      <div className={updating ? 'timeline-body is-updating' : 'timeline-body'}>
        {rows.length ? (
          <TimelineChart rows={rows} marker={marker} zoom={zoom} onZoomChange={onZoomChange} handle={chart} />
        ) : (
          <div className="state-panel state-empty" role="status">
            <h2 className="state-title">{t(timelineWords.nothingToDraw)}</h2>
            <p>{t(timelineWords.nothingToDrawText)}</p>
          </div>
        )}
        <Undated pledges={undated} partial={query.hasNextPage} />
        {query.hasNextPage || query.isFetchNextPageError ? (
          <div className="timeline-more">
            <p>{t(timelineWords.showing, { shown: items.length, total })}</p>
            <Button
              small
              onClick={() => void query.fetchNextPage()}
              pending={query.isFetchingNextPage}
              pendingLabel={t(stateWords.loading)}
            >
              {t(query.isFetchNextPageError ? stateWords.tryAgain : timelineWords.loadMore)}
            </Button>
            {query.isFetchNextPageError ? (
              <p className="timeline-more-error" role="alert">
                {t(timelineWords.moreFailed, { reason: errorMessage(query.error, t) })}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <section
      className="timeline"
      aria-label={t(timelineWords.region)}
      aria-busy={updating || query.isPending || undefined}
    >
      <div className="timeline-toolbar">
        <p className="results-count" aria-live="polite">
          {query.data ? t(timelineWords.count, { count: total }) : '\u00a0'}
          {updating ? <span className="results-updating">{t(timelineWords.updating)}</span> : null}
        </p>
        <div className="timeline-tools">
          {rows.length && !query.isPending ? (
            <Button variant="quiet" small onClick={() => chart.current?.goToMarker()}>
              {marker.goLabel}
            </Button>
          ) : null}
          <ZoomToggle zoom={zoom} onChange={onZoomChange} />
        </div>
      </div>
      {body}
    </section>
  );
}
