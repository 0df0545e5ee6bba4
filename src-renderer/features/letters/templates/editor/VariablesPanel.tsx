import { Accordion, Code, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateInput } from '../../../../../src-shared/letters/types';
import type { VariableItem } from './letterVariables';
import { DATA_GROUPS, HELPERS, inputGroups } from './letterVariables';
import classes from './VariablesPanel.module.css';

interface VariablesPanelProps {
  inputs: readonly TemplateInput[];
  /** Inserts the text at the cursor of the subject or body, whichever was used last. */
  onInsert(text: string): void;
}

/** Everything a letter can say, grouped; a click puts it at the cursor. */
export function VariablesPanel({ inputs, onInsert }: VariablesPanelProps) {
  const { t, i18n } = useTranslation('templates');
  const fromInputs = inputGroups(inputs);
  const describe = (item: VariableItem) =>
    item.label ? (i18n.language === 'zh-CN' ? item.label['zh-CN'] || item.label.en : item.label.en || item.label['zh-CN']) : t(item.describeKey ?? '');

  const list = (items: readonly VariableItem[]) => (
    <Stack gap={2}>
      {items.map((item) => (
        <UnstyledButton
          key={`${item.path}-${item.insert}`}
          className={classes.item}
          onClick={() => onInsert(item.insert)}
          title={t('variables.insert', { text: item.insert })}
          data-testid={`variable-${item.path}`}
        >
          <Code className={classes.code}>{item.insert}</Code>
          <Text size="xs" c="dimmed" className={classes.describe}>
            {describe(item)}
          </Text>
        </UnstyledButton>
      ))}
    </Stack>
  );

  return (
    <Stack gap="xs" data-testid="variables-panel">
      <Text size="xs" c="dimmed">
        {t('variables.hint')}
      </Text>
      <Accordion multiple defaultValue={['customer', 'contact']} variant="contained" chevronPosition="left">
        {DATA_GROUPS.map((group) => (
          <Accordion.Item key={group.group} value={group.group}>
            <Accordion.Control>{t(`variables.group.${group.group}`)}</Accordion.Control>
            <Accordion.Panel>{list(group.items)}</Accordion.Panel>
          </Accordion.Item>
        ))}
        <Accordion.Item value="inputs">
          <Accordion.Control>{t('variables.group.inputs')}</Accordion.Control>
          <Accordion.Panel>
            {fromInputs.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('variables.noInputs')}
              </Text>
            ) : (
              <Stack gap="xs">
                {fromInputs.map((group) => (
                  <div key={group.group}>
                    <Text size="xs" fw={600} mb={2}>
                      {t(`variables.inputGroup.${group.group}`)}
                    </Text>
                    {list(group.items)}
                  </div>
                ))}
              </Stack>
            )}
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="helpers">
          <Accordion.Control>{t('variables.group.helpers')}</Accordion.Control>
          <Accordion.Panel>{list(HELPERS)}</Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
