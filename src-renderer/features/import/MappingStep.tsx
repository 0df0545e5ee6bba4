import { Alert, List, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerField } from '../../../src-shared/import/customerFields';
import type { ColumnMapping, TableSummary } from './importProtocol';
import { MAPPABLE_FIELDS, mappingProblems } from './mappingRules';
import { useFieldLabel } from './useFieldLabel';

const IGNORE = '__ignore';

interface MappingStepProps {
  table: TableSummary;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

/** Step 2: which customer field each column of the file fills, with example values to judge by. */
export function MappingStep({ table, mapping, onChange }: MappingStepProps) {
  const { t } = useTranslation(['import', 'customer']);
  const fieldLabel = useFieldLabel();
  const problems = mappingProblems(mapping);
  const options = [
    { value: IGNORE, label: t('mapping.ignore') },
    ...MAPPABLE_FIELDS.map((f) => ({ value: f, label: fieldLabel(f) })),
  ];
  const columnName = (col: number) => table.headers[col] || t('mapping.unnamedColumn', { n: col + 1 });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('mapping.intro')}
      </Text>
      {problems.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('mapping.problemsTitle')} data-testid="import-mapping-problems">
          <List size="sm" spacing={2}>
            {problems.map((p) => (
              <List.Item key={p.kind === 'twice' ? `twice-${p.field}` : p.kind}>
                {p.kind === 'twice'
                  ? t('mapping.twice', { field: fieldLabel(p.field), columns: p.columns.map(columnName).join(', ') })
                  : t(`mapping.${p.kind}`)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" style={{ tableLayout: 'fixed' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">{t('mapping.columnHeader')}</Table.Th>
              <Table.Th>{t('mapping.examplesHeader')}</Table.Th>
              <Table.Th w="32%">{t('mapping.fieldHeader')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.headers.map((_, col) => (
              <Table.Tr key={col}>
                <Table.Td>
                  <Text size="sm" fw={500} truncate="end" title={columnName(col)}>
                    {columnName(col)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {(table.samples[col] ?? []).length === 0 ? (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('mapping.noExamples')}
                    </Text>
                  ) : (
                    (table.samples[col] ?? []).map((value, i) => (
                      <Text key={i} size="xs" c="dimmed" truncate="end" title={value}>
                        {value}
                      </Text>
                    ))
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('mapping.fieldFor', { column: columnName(col) })}
                    data={options}
                    value={mapping[col] ?? IGNORE}
                    allowDeselect={false}
                    searchable
                    size="sm"
                    onChange={(v) => {
                      const next = [...mapping];
                      next[col] = !v || v === IGNORE ? null : (v as CustomerField);
                      onChange(next);
                    }}
                    data-testid={`import-map-${col}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
