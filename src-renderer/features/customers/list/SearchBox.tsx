import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FOCUS_SEARCH_EVENT, modKeyLabel } from '../../../app/shortcuts';

interface Props {
  value: string;
  onChange(value: string): void;
}

/** Search as you type; the list debounces. Ctrl/Cmd+K lands here from anywhere in the app. */
export function SearchBox({ value, onChange }: Props) {
  const { t } = useTranslation('list');
  const input = useRef<HTMLInputElement>(null);
  useWindowEvent(FOCUS_SEARCH_EVENT, () => {
    input.current?.focus();
    input.current?.select();
  });
  return (
    <TextInput
      ref={input}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        // Escape empties the box first; a second Escape leaves it.
        if (e.key === 'Escape' && value) {
          e.preventDefault();
          onChange('');
        }
      }}
      placeholder={t('search.placeholder')}
      aria-label={t('search.label')}
      leftSection={<IconSearch size={16} />}
      rightSectionWidth={value ? undefined : 64}
      rightSection={
        value ? (
          <CloseButton size="sm" aria-label={t('search.clear')} onClick={() => onChange('')} data-testid="customer-search-clear" />
        ) : (
          <Kbd size="xs">{`${modKeyLabel()} K`}</Kbd>
        )
      }
      rightSectionPointerEvents={value ? 'all' : 'none'}
      style={{ flex: 1, minWidth: 200, maxWidth: 420 }}
      spellCheck={false}
      autoComplete="off"
      data-testid="customer-search"
    />
  );
}
