import { Button, Tooltip } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../list/useFormatters';

interface Props {
  /** How many customers the export covers: the selection, or the whole list. */
  count: number;
  fromSelection: boolean;
  exporting: boolean;
  onExport(): void;
}

/** "Export" writes what is selected, or else everything the current filters show. */
export function ExportButton({ count, fromSelection, exporting, onExport }: Props) {
  const { t } = useTranslation('list');
  const fmt = useFormatters();
  const hint =
    count === 0
      ? t('export.nothing')
      : t(fromSelection ? 'export.tooltipSelection' : 'export.tooltipAll', { count, formatted: fmt.number(count) });
  // The span takes the hover that a disabled button does not, so the hint still shows.
  return (
    <Tooltip label={hint} withinPortal>
      <span style={{ display: 'inline-block' }}>
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} />}
          onClick={onExport}
          loading={exporting}
          disabled={count === 0}
          data-testid="export-button"
        >
          {t('actions.export')}
        </Button>
      </span>
    </Tooltip>
  );
}
