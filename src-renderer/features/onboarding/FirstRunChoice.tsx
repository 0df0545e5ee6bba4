import { Button, Center, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBooks, IconFileImport, IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { ChoiceCard } from './ChoiceCard';
import { loadSampleWithFeedback } from './sampleBookActions';

/**
 * What an empty book shows on first start: three ways in. The sample book lets a salesperson try
 * segments and letters before trusting the app with real customers; it leaves in one step.
 */
export function FirstRunChoice() {
  const { t } = useTranslation(['onboarding', 'common']);
  const [loading, setLoading] = useState(false);

  const loadSample = async () => {
    setLoading(true);
    // The list re-renders by itself when customers appear; this component then unmounts.
    const ok = await loadSampleWithFeedback(t);
    if (!ok) setLoading(false);
  };

  return (
    <Center mih="70vh" data-testid="first-run-choice">
      <Stack maw={960} w="100%" gap="lg" px="md">
        <Stack gap={4} align="center">
          <Title order={2} ta="center">
            {t('firstRun.title')}
          </Title>
          <Text c="dimmed" ta="center" maw={640}>
            {t('firstRun.subtitle')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <ChoiceCard
            highlighted
            icon={<IconBooks size={24} />}
            title={t('firstRun.sampleTitle')}
            description={t('firstRun.sampleBody')}
            action={
              <Button loading={loading} onClick={() => void loadSample()} data-testid="load-sample" fullWidth>
                {t('firstRun.sampleAction')}
              </Button>
            }
          />
          <ChoiceCard
            icon={<IconFileImport size={24} />}
            title={t('firstRun.importTitle')}
            description={t('firstRun.importBody')}
            action={
              <Button variant="light" disabled={loading} onClick={() => navigate('/customers/import')} data-testid="first-run-import" fullWidth>
                {t('firstRun.importAction')}
              </Button>
            }
          />
          <ChoiceCard
            icon={<IconUserPlus size={24} />}
            title={t('firstRun.addTitle')}
            description={t('firstRun.addBody')}
            action={
              <Button variant="light" disabled={loading} onClick={() => navigate('/customers/new')} data-testid="first-run-add" fullWidth>
                {t('firstRun.addAction')}
              </Button>
            }
          />
        </SimpleGrid>
        {loading ? (
          <Text size="sm" c="dimmed" ta="center" aria-live="polite">
            {t('firstRun.sampleLoading')}
          </Text>
        ) : (
          <Group gap={6} justify="center" wrap="nowrap">
            <IconInfoCircle size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
            <Text size="sm" c="dimmed">
              {t('firstRun.sampleRemovable')}
            </Text>
          </Group>
        )}
      </Stack>
    </Center>
  );
}
