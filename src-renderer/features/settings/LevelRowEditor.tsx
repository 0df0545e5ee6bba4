import { ActionIcon, Badge, Group, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LevelCodeProblem, LevelDraftRow } from './levelScaleDraft';
import { MAX_LEVEL_CODE_LENGTH, MAX_LEVEL_MEANING_LENGTH } from './levelScaleDraft';

interface LevelRowEditorProps {
  row: LevelDraftRow;
  index: number;
  rowCount: number;
  /** How many customers hold this row's saved code; such a code cannot change. */
  inUse: number;
  problem: LevelCodeProblem | null;
  onChange(patch: Partial<Pick<LevelDraftRow, 'code' | 'meaning'>>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** One level of the scale: code, meaning, how many customers hold it, and its controls. */
export function LevelRowEditor({ row, index, rowCount, inUse, problem, onChange, onMove, onRemove }: LevelRowEditorProps) {
  const { t, i18n } = useTranslation(['settings', 'customer', 'common']);
  const n = new Intl.NumberFormat(i18n.language).format(inUse);
  const builtIn = t(`customer:level.meaning.${row.code.trim()}`, { defaultValue: '' });
  const codeLocked = inUse > 0;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid={`level-row-${index}`}>
      <Tooltip label={t('levels.codeLocked', { count: inUse, n })} disabled={!codeLocked} multiline maw={280}>
        <TextInput
          w={110}
          value={row.code}
          maxLength={MAX_LEVEL_CODE_LENGTH + 4}
          readOnly={codeLocked}
          aria-label={t('levels.code')}
          placeholder={t('levels.codePlaceholder')}
          error={problem ? t(`levels.problem.${problem}`, { max: MAX_LEVEL_CODE_LENGTH }) : undefined}
          onChange={(e) => onChange({ code: e.currentTarget.value })}
          data-testid={`level-code-${index}`}
        />
      </Tooltip>
      <TextInput
        style={{ flex: 1, minWidth: 0 }}
        value={row.meaning}
        maxLength={MAX_LEVEL_MEANING_LENGTH}
        aria-label={t('levels.meaning')}
        placeholder={builtIn || t('levels.meaningPlaceholder')}
        onChange={(e) => onChange({ meaning: e.currentTarget.value })}
        data-testid={`level-meaning-${index}`}
      />
      <Badge variant="light" color={inUse > 0 ? 'teal' : 'gray'} mt={8} miw={120} tt="none" style={{ flexShrink: 0 }}>
        {t('levels.customerCount', { count: inUse, n })}
      </Badge>
      <Group gap={4} wrap="nowrap" mt={4}>
        <ActionIcon
          variant="subtle"
          aria-label={t('levels.moveUp')}
          disabled={index === 0}
          onClick={() => onMove(-1)}
          data-testid={`level-up-${index}`}
        >
          <IconArrowUp size={16} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          aria-label={t('levels.moveDown')}
          disabled={index === rowCount - 1}
          onClick={() => onMove(1)}
          data-testid={`level-down-${index}`}
        >
          <IconArrowDown size={16} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('levels.remove', { code: row.code })}
          onClick={onRemove}
          data-testid={`level-remove-${index}`}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Group>
  );
}
