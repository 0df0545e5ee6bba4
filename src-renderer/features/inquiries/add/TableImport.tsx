import { Alert, Button, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconSparkles } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualifyInput } from '../../../../src-shared/inquiry';
import { INQUIRY_FIELDS, type InquiryField, type InquiryTable, mapInquiryColumns, readInquiryTable, rowsToInquiries } from '../../../../src-shared/inquiry/capture';
import { navigate } from '../../../app/router';
import { addInquiries, findRepeatedInquiries, type InquiryRepeat, MAX_INQUIRIES_PER_ADD } from '../../../data';
import { describeInquiryError } from '../shared/describeInquiryError';
import { FileDrop } from '../../import/FileDrop';

const IGNORE = '__ignore';
const EXAMPLES = 2;
const SKIPPED_SHOWN = 10;

/** A CSV or Excel sheet of inquiries (a platform's export, a sheet of one's own): read, map the columns, add. */
export function TableImport() {
  const { t } = useTranslation(['inquiries', 'common']);
  const [file, setFile] = useState<{ name: string; table: InquiryTable } | null>(null);
  const [mapping, setMapping] = useState<(InquiryField | null)[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useMemo(() => (file ? rowsToInquiries(file.table, mapping) : null), [file, mapping]);
  const repeats = useRepeats(result?.inputs);
  /** The rows to add: not already in the inbox, not a repeat of an earlier row. */
  const fresh = result && repeats ? result.inputs.filter((_, i) => !repeats[i]) : [];
  const repeatedRows = result && repeats ? result.rows.flatMap((row, i) => (repeats[i] ? [{ row, repeat: repeats[i] }] : [])) : [];
  const mapsText = mapping.includes('message') || mapping.includes('product');

  const read = async ([picked]: File[]) => {
    if (!picked) return;
    setProblem(null);
    setBusy(true);
    try {
      const table = readInquiryTable(new Uint8Array(await picked.arrayBuffer()), picked.name);
      setFile({ name: picked.name, table });
      setMapping(mapInquiryColumns(table.headers));
    } catch (error) {
      setFile(null);
      setProblem(describeInquiryError(error, t));
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    if (fresh.length === 0) return;
    if (fresh.length > MAX_INQUIRIES_PER_ADD) return setProblem(t('add.eml.tooMany', { max: MAX_INQUIRIES_PER_ADD }));
    setBusy(true);
    try {
      const ids = await addInquiries(fresh);
      notifications.show({ color: 'teal', message: t('add.added', { count: ids.length }) });
      navigate('/inquiries');
    } catch (error) {
      setProblem(describeInquiryError(error, t));
      setBusy(false);
    }
  };

  const options = [{ value: IGNORE, label: t('add.table.ignore') }, ...INQUIRY_FIELDS.map((f) => ({ value: f, label: t(`add.table.field.${f}`) }))];
  const columnName = (col: number) => file?.table.headers[col] || t('add.table.unnamed', { n: col + 1 });

  return (
    <Stack gap="sm" data-testid="table-import">
      <FileDrop
        accept=".csv,.tsv,.txt,.xlsx"
        multiple={false}
        disabled={busy}
        icon={<IconFileSpreadsheet size={28} />}
        title={file ? t('add.table.loaded', { name: file.name, count: file.table.rows.length }) : t('add.table.drop')}
        hint={t('add.table.hint')}
        button={file ? t('add.table.another') : t('add.table.choose')}
        onFiles={(files) => void read(files)}
        testId="table-drop"
      />
      {problem && (
        <Alert color="red" data-testid="table-problem">
          {problem}
        </Alert>
      )}
      {file && (
        <>
          <Text size="sm" c="dimmed">
            {t('add.table.intro')}
          </Text>
          <Table striped verticalSpacing={4} style={{ tableLayout: 'fixed' }} data-testid="table-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="26%">{t('add.table.column')}</Table.Th>
                <Table.Th>{t('add.table.examples')}</Table.Th>
                <Table.Th w="30%">{t('add.table.field.title')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.table.headers.map((_, col) => (
                <Table.Tr key={col}>
                  <Table.Td>
                    <Text size="sm" fw={500} truncate="end" title={columnName(col)}>
                      {columnName(col)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      {file.table.rows
                        .slice(0, EXAMPLES)
                        .map((row) => row[col] ?? '')
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      data={options}
                      value={mapping[col] ?? IGNORE}
                      onChange={(v) => {
                        const field = !v || v === IGNORE ? null : (v as InquiryField);
                        // A field fills from one column: choosing it here frees it elsewhere.
                        setMapping(mapping.map((m, i) => (i === col ? field : m === field ? null : m)));
                      }}
                      allowDeselect={false}
                      aria-label={t('add.table.fieldFor', { column: columnName(col) })}
                      data-testid={`table-map-${col}`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {!mapsText && (
            <Alert color="orange" data-testid="table-no-message">
              {t('add.table.noMessage')}
            </Alert>
          )}
          {result && result.skipped.length > 0 && (
            <Alert color="gray" title={t('add.table.skippedTitle', { count: result.skipped.length })} data-testid="table-skipped">
              <List size="sm">
                {result.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
                  <List.Item key={s.row}>
                    {s.reason === 'noMessage' ? t('add.table.skippedNoMessage', { row: s.row }) : t('add.table.skippedInvalid', { row: s.row, field: s.field ?? '' })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {repeatedRows.length > 0 && (
            <Alert color="gray" title={t('add.table.repeatedTitle', { count: repeatedRows.length })} data-testid="table-repeated">
              <List size="sm">
                {repeatedRows.slice(0, SKIPPED_SHOWN).map(({ row, repeat }) => (
                  <List.Item key={row}>
                    {repeat.kind === 'inInbox'
                      ? t('add.table.repeatInInbox', { row })
                      : t('add.table.repeatRow', { row, other: result?.rows[repeat.index] ?? '' })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group>
            <Button
              leftSection={<IconSparkles size={16} />}
              disabled={!mapsText || fresh.length === 0}
              loading={busy || (result !== null && repeats === undefined)}
              onClick={() => void add()}
              data-testid="table-submit"
            >
              {t('add.addCount', { count: fresh.length })}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/**
 * Which of the rows the inbox has already (or that repeat an earlier row), looked up again
 * whenever the mapping changes the inputs; undefined while looking.
 */
function useRepeats(inputs: QualifyInput[] | undefined): Array<InquiryRepeat | null> | undefined {
  const [found, setFound] = useState<{ inputs: QualifyInput[]; repeats: Array<InquiryRepeat | null> } | null>(null);
  useEffect(() => {
    if (!inputs) return;
    let live = true;
    findRepeatedInquiries(inputs).then(
      (repeats) => live && setFound({ inputs, repeats }),
      (error: unknown) => {
        // Not knowing is not a reason to refuse the import: every row counts as new.
        console.error('Looking for inquiries already in the inbox failed', error);
        if (live) setFound({ inputs, repeats: inputs.map(() => null) });
      },
    );
    return () => {
      live = false;
    };
  }, [inputs]);
  return found && found.inputs === inputs ? found.repeats : undefined;
}
