import { Badge, Text, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeClosed } from '../../../../src-shared/calendar/workingTime';
import { problemText } from './problemText';
import type { ReviewItem } from './reviewModel';
import classes from './Review.module.css';

const ROW_HEIGHT = 52;

interface Props {
  items: readonly ReviewItem[];
  selected: number;
  onSelect(index: number): void;
}

/** Every recipient of the batch, virtualised (a segment can hold thousands). */
export function RecipientList({ items, selected, onSelect }: Props) {
  const { t } = useTranslation('compose');
  const scroller = useRef<HTMLDivElement>(null);
  // The build does not run the React Compiler, so nothing memoises around the virtualiser.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => items[index]?.customer.id ?? index,
  });

  const move = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    onSelect(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    // Keep the keyboard on the list once the row is there.
    window.requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus({ preventScroll: true }));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowUp: selected - 1, Home: 0, End: items.length - 1 };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    move(target);
  };

  return (
    <div className={classes.frame} style={{ flex: 3, minWidth: 0 }} role="grid" aria-label={t('steps.review')} data-testid="review-list">
      <div className={`${classes.grid} ${classes.header}`} role="row">
        <span role="columnheader">{t('review.columns.recipient')}</span>
        <span role="columnheader">{t('review.columns.language')}</span>
        <span role="columnheader">{t('review.columns.subject')}</span>
        <span role="columnheader">{t('review.columns.status')}</span>
      </div>
      <div ref={scroller} className={classes.scroller} onKeyDown={onKeyDown} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            if (!item) return null;
            return (
              <RecipientRow
                key={row.key}
                item={item}
                index={row.index}
                start={row.start}
                selected={row.index === selected}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function RecipientRow({
  item,
  index,
  start,
  selected,
  onSelect,
}: {
  item: ReviewItem;
  index: number;
  start: number;
  selected: boolean;
  onSelect(index: number): void;
}) {
  const { t } = useTranslation('compose');
  const held = item.problems.length > 0;
  const reasons = item.problems.map((p) => problemText(p, t));
  const wanted = item.choice.chain[0] ?? item.customer.language;
  return (
    <div
      className={`${classes.row} ${classes.grid}`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
      role="row"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      data-index={index}
      data-customer-id={item.customer.id}
      data-status={held ? 'held' : 'ready'}
      data-testid="review-row"
      onClick={() => onSelect(index)}
    >
      <div className={classes.cell} role="gridcell">
        <Text size="sm" fw={500} truncate="end" title={item.customer.company}>
          {item.customer.company}
        </Text>
        <Text size="xs" c="dimmed" truncate="end" title={item.email ?? undefined} data-testid="review-address">
          {[item.contact?.name || '—', item.email ?? t('review.noAddress')].join(' · ')}
        </Text>
      </div>
      <div className={classes.cell} role="gridcell">
        {item.choice.exact && item.choice.language === wanted ? (
          <Badge variant="default" size="sm" tt="none">
            {item.choice.language}
          </Badge>
        ) : (
          <Tooltip label={t('review.fallback', { wanted, chain: item.choice.chain.join(' → ') })} withinPortal>
            <Badge variant="light" color={item.choice.exact ? 'blue' : 'yellow'} size="sm" tt="none" data-testid="review-fallback">
              {`${wanted} → ${item.choice.language}`}
            </Badge>
          </Tooltip>
        )}
      </div>
      <div className={classes.cell} role="gridcell">
        <Text size="sm" truncate="end" title={item.letter.subject} data-testid="review-subject">
          {item.letter.subject}
        </Text>
      </div>
      <div className={classes.cell} role="gridcell">
        {held ? (
          <Tooltip label={reasons.join(' · ')} withinPortal multiline maw={320}>
            <Badge color="orange" variant="light" size="sm" data-testid="review-status">
              {t('review.heldBack')}
            </Badge>
          </Tooltip>
        ) : (
          <Badge color="teal" variant="light" size="sm" data-testid="review-status">
            {t('review.ready')}
          </Badge>
        )}
        {held && (
          <Text size="xs" c="orange" truncate="end" title={reasons.join(' · ')} data-testid="review-reason">
            {reasons[0]}
          </Text>
        )}
        {!held && item.officeClosed && (
          <ClosedNote closed={item.officeClosed} />
        )}
      </div>
    </div>
  );
}

/** Under "ready": the letter reaches this customer on a holiday, their weekend or outside office hours. */
function ClosedNote({ closed }: { closed: OfficeClosed }) {
  const { t } = useTranslation('compose');
  const text =
    closed.kind === 'holiday'
      ? t('review.closedShortHoliday', { holiday: closed.holiday.name })
      : closed.kind === 'weekend'
        ? t('review.closedShortWeekend')
        : t('review.closedShortAfterHours', { time: closed.localTime });
  return (
    <Text size="xs" c="orange.8" truncate="end" title={text} data-testid="review-closed">
      {text}
    </Text>
  );
}
