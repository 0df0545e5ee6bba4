import { Badge, Checkbox, Skeleton, Text } from '@mantine/core';
import { memo } from 'react';
import type { Customer } from '../../../../../src-shared/customer/customer';
import { ROW_HEIGHT } from './columns';
import classes from './Table.module.css';
import type { RowFormat } from './useRowFormat';

/**
 * Tags shown as badges; the rest are counted ("+2") and listed in the tooltip. A narrow column
 * shows only the first (a CSS container query switches), rather than three unreadable stubs.
 */
const SHOWN_TAGS = 3;

const FOLLOW_UP_COLOR = { overdue: 'red', today: 'orange', later: undefined, none: 'dimmed' } as const;

interface Props {
  id: string;
  index: number;
  /** Undefined while the row's record is still on its way from the book. */
  customer: Customer | undefined;
  start: number;
  selected: boolean;
  /** The row that Tab lands on (roving focus). */
  tabStop: boolean;
  format: RowFormat;
  onToggle(index: number, withShift: boolean): void;
  onOpen(id: string): void;
  onFocusRow(index: number): void;
}

export const CustomerRow = memo(function CustomerRow(props: Props) {
  const { id, index, customer, start, selected, tabStop, format, onToggle, onOpen, onFocusRow } = props;
  const contact = customer?.contacts[0];
  const email = contact?.emails[0] ?? '';
  const contactLine = [contact?.name, email].filter(Boolean).join(' · ');
  const company = customer ? customer.company || format.unnamed : '';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      className={`${classes.row} ${classes.grid}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      data-index={index}
      data-selected={selected || undefined}
      data-testid="customer-row"
      data-customer-id={id}
      onClick={() => onOpen(id)}
      onFocus={() => onFocusRow(index)}
    >
      <div role="gridcell" className={classes.cell} onClick={(e) => e.stopPropagation()}>
        <Checkbox
          size="xs"
          tabIndex={-1}
          checked={selected}
          // React reports checkbox changes from the click event, which carries the shift key.
          onChange={(e) => onToggle(index, (e.nativeEvent as MouseEvent).shiftKey === true)}
          aria-label={format.selectLabel(company)}
          data-testid="row-select"
        />
      </div>
      {!customer ? (
        <RowPlaceholder />
      ) : (
        <>
          <div role="gridcell" className={classes.cell}>
            <Text size="sm" fw={600} truncate="end" title={company}>
              {company}
            </Text>
            <Text size="xs" c="dimmed" truncate="end" title={contactLine}>
              {contactLine || '\u00a0'}
            </Text>
          </div>
          <div role="gridcell" className={classes.cell}>
            <Text size="sm" truncate="end" title={format.country(customer.country)}>
              {format.country(customer.country)}
            </Text>
          </div>
          <div role="gridcell" className={classes.cell}>
            <Badge size="sm" variant="light" color={format.level(customer.level).color} title={format.level(customer.level).title} maw="100%">
              {customer.level}
            </Badge>
          </div>
          <div role="gridcell" className={classes.cell}>
            <Text size="xs" truncate="end" title={format.stage(customer.stage)}>
              {format.stage(customer.stage)}
            </Text>
            <Text size="xs" c="dimmed" truncate="end" title={format.background(customer.background)}>
              {format.background(customer.background)}
            </Text>
          </div>
          <div role="gridcell" className={classes.cell}>
            <TagBadges tags={customer.tags} />
          </div>
          <div role="gridcell" className={classes.cell}>
            <LastContact format={format} at={customer.lastContactAt} />
          </div>
          <div role="gridcell" className={classes.cell}>
            <FollowUp format={format} at={customer.nextFollowUpAt} />
          </div>
        </>
      )}
    </div>
  );
});

function TagBadges({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  const restWide = tags.length - SHOWN_TAGS;
  const restNarrow = tags.length - 1;
  return (
    <div className={classes.tags} title={tags.join(', ')}>
      <div className={classes.tagList}>
        {tags.slice(0, SHOWN_TAGS).map((tag) => (
          <Badge key={tag} size="xs" variant="outline" color="gray" tt="none" className={classes.tag}>
            {tag}
          </Badge>
        ))}
      </div>
      {restWide > 0 && <span className={`${classes.more} ${classes.moreWide}`}>+{restWide}</span>}
      {restNarrow > 0 && <span className={`${classes.more} ${classes.moreNarrow}`}>+{restNarrow}</span>}
    </div>
  );
}

function LastContact({ format, at }: { format: RowFormat; at: number | null }) {
  const { text, title } = format.lastContact(at);
  return (
    <Text size="xs" c={at === null ? 'dimmed' : undefined} className={classes.tabular} title={title}>
      {text}
    </Text>
  );
}

function FollowUp({ format, at }: { format: RowFormat; at: number | null }) {
  const { text, title, tone } = format.followUp(at);
  return (
    <Text size="xs" c={FOLLOW_UP_COLOR[tone]} fw={tone === 'overdue' ? 600 : undefined} className={classes.tabular} title={title}>
      {text}
    </Text>
  );
}

/** Grey bars where the text will be, so the row keeps its shape while the record loads. */
export function RowPlaceholder() {
  return (
    <>
      <div className={classes.cell}>
        <Skeleton height={10} width="70%" mb={6} />
        <Skeleton height={8} width="45%" />
      </div>
      {[60, 40, 70, 60, 50, 50].map((w, i) => (
        <div key={i} className={classes.cell}>
          <Skeleton height={10} width={`${w}%`} />
        </div>
      ))}
    </>
  );
}
