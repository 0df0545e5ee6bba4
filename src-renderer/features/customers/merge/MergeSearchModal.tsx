import { Center, Loader, Modal, NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from '../../../i18n/displayNames';
import { useCustomerSearch } from './useCustomerSearch';

/** "Merge with…": find the other record by name, email or domain, then hand it to MergeDialog. */
export function MergeSearchModal({
  opened,
  onClose,
  customerId,
  onPick,
}: {
  opened: boolean;
  onClose: () => void;
  customerId: string;
  onPick: (otherId: string) => void;
}) {
  const { t } = useTranslation('customerPage');
  return (
    <Modal opened={opened} onClose={onClose} title={t('mergeSearch.title')} size="lg" data-testid="merge-search-dialog">
      {opened && <SearchBody customerId={customerId} onPick={onPick} />}
    </Modal>
  );
}

function SearchBody({ customerId, onPick }: { customerId: string; onPick: (otherId: string) => void }) {
  const { t } = useTranslation(['customerPage', 'customer']);
  const names = useDisplayNames();
  const [text, setText] = useState('');
  const { results, searching } = useCustomerSearch(text, customerId);
  return (
    <Stack gap="sm">
      <TextInput
        data-autofocus
        leftSection={<IconSearch size={16} />}
        placeholder={t('mergeSearch.placeholder')}
        aria-label={t('mergeSearch.placeholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results?.[0]) onPick(results[0].id);
        }}
        data-testid="merge-search-input"
      />
      {results === null && !searching && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('mergeSearch.hint')}
        </Text>
      )}
      {searching && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {results && results.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md" data-testid="merge-search-empty">
          {t('mergeSearch.none')}
        </Text>
      )}
      {results && results.length > 0 && (
        <ScrollArea.Autosize mah={360}>
          <Stack gap={2}>
            {results.map((c) => {
              const name = c.company.trim() || t('customer:unnamed');
              const where = [c.country ? names.country(c.country) : '', c.city].filter(Boolean).join(' · ');
              return (
                <NavLink
                  key={c.id}
                  component="button"
                  onClick={() => onPick(c.id)}
                  label={name}
                  description={`${where}${where ? ' · ' : ''}${c.level}`}
                  noWrap
                  title={name}
                  data-testid={`merge-search-result-${c.id}`}
                />
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
