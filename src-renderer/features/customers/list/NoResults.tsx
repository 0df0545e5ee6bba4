import { Button, Center, EmptyState } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The filters left nobody: say so, and offer the one action that helps. */
export function NoResults({ onClear }: { onClear(): void }) {
  const { t } = useTranslation('list');
  return (
    <Center style={{ flex: 1 }} data-testid="no-results">
      <EmptyState
        icon={<IconFilterOff size={28} />}
        withIndicatorBackground
        title={t('empty.title')}
        description={t('empty.body')}
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={onClear} data-testid="clear-filters-empty">
            {t('empty.clear')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
