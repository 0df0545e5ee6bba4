import { Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, RowError } from './importProtocol';
import { useFieldLabel } from './useFieldLabel';

interface ErrorRowItemProps {
  row: number;
  errors: RowError[];
  cells: string[];
  mapping: ColumnMapping;
  checking: boolean;
  onFix(row: number, column: number, value: string): void;
}

/**
 * The column holding the bad value: for fields fed by several columns, the one that has it. A
 * "same customer as row N" error belongs to the whole row; its fix goes to the column holding the
 * shared value (the email or the company name).
 */
function columnFor(mapping: ColumnMapping, cells: string[], error: RowError): number {
  const columns = mapping.flatMap((f, i) => (f !== null && (error.field === 'row' || f === error.field) ? [i] : []));
  const value = error.params?.value;
  if (typeof value === 'string' && value) {
    // Long values arrive shortened with an ellipsis; their beginning still finds the cell.
    const probe = value.endsWith('…') ? value.slice(0, -1) : value;
    const holding = columns.find((c) => cells[c]?.includes(probe));
    if (holding !== undefined) return holding;
  }
  return error.field === 'row' ? -1 : (columns[0] ?? -1);
}

interface FixGroup {
  /** The field the input edits (for a whole-row error, the field of the column holding the value). */
  field: string;
  column: number;
  errors: RowError[];
}

/** One input per field, even when the field has two messages (two bad emails in one cell). */
function groupByFix(mapping: ColumnMapping, cells: string[], errors: RowError[]): FixGroup[] {
  const groups = new Map<string, FixGroup>();
  for (const e of errors) {
    const column = columnFor(mapping, cells, e);
    const field = e.field === 'row' && column >= 0 ? (mapping[column] ?? e.field) : e.field;
    const group = groups.get(field);
    if (group) group.errors.push(e);
    else groups.set(field, { field, column, errors: [e] });
  }
  return [...groups.values()];
}

/** One row with errors: each message, and an editable cell per erroneous field to fix it in place. */
export function ErrorRowItem({ row, errors, cells, mapping, checking, onFix }: ErrorRowItemProps) {
  const { t } = useTranslation(['import', 'validation', 'customer']);
  const fieldLabel = useFieldLabel();
  const groups = groupByFix(mapping, cells, errors);
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`error-row-${row}`}>
      <Stack gap="xs">
        {groups.map(({ field, column, errors: messages }) => (
          <Group key={field} gap="sm" align="flex-start" wrap="nowrap">
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              {messages.map((e, i) => (
                <Text key={i} size="sm" lineClamp={3} style={{ wordBreak: 'break-word' }}>
                  <Text span fw={600}>
                    {e.field === 'row' ? t('review.errorLineRow', { row }) : t('review.errorLine', { row, field: fieldLabel(e.field) })}
                  </Text>{' '}
                  {t(`validation:${e.code}`, { ...e.params, defaultValue: e.message })}
                </Text>
              ))}
            </Stack>
            {column >= 0 ? (
              <FixCell row={row} field={field} initial={cells[column] ?? ''} checking={checking} onCommit={(v) => onFix(row, column, v)} />
            ) : (
              <Text size="xs" c="dimmed" w={260} style={{ flexShrink: 0 }}>
                {t('review.noColumn')}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** The cell as an input; the row is checked again on Enter or when the input loses focus. */
interface FixCellProps {
  row: number;
  field: string;
  initial: string;
  checking: boolean;
  onCommit(value: string): void;
}

function FixCell({ row, field, initial, checking, onCommit }: FixCellProps) {
  const { t } = useTranslation('import');
  const fieldLabel = useFieldLabel();
  const [value, setValue] = useState(initial);
  const commit = () => {
    if (value !== initial) onCommit(value);
  };
  return (
    <TextInput
      w={260}
      style={{ flexShrink: 0 }}
      size="sm"
      value={value}
      aria-label={t('review.fixLabel', { row, field: fieldLabel(field) })}
      placeholder={t('review.fixPlaceholder')}
      rightSection={checking ? <Loader size="xs" aria-label={t('review.checking')} /> : null}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setValue(initial);
      }}
      data-testid={`fix-${row}-${field}`}
    />
  );
}
