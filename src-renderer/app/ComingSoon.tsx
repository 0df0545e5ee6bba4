import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScreenKey } from './router';
import { navigate } from './router';
import { SCREENS } from './screens';

/** A screen that a later version brings: say so plainly instead of showing an empty shell. */
export function ComingSoon({ screen }: { screen: ScreenKey }) {
  const { t } = useTranslation();
  const Icon = SCREENS.find((s) => s.key === screen)?.icon;
  return (
    <Center h="70vh">
      <Stack align="center" maw={520} gap="sm" data-testid={`coming-soon-${screen}`}>
        {Icon && (
          <ThemeIcon size={56} radius="xl" variant="light">
            <Icon size={30} />
          </ThemeIcon>
        )}
        <Title order={3} ta="center">
          {t('comingSoon.title', { screen: t(`nav.${screen}`) })}
        </Title>
        <Text c="dimmed" ta="center">
          {t(`comingSoon.${screen}`)}
        </Text>
        <Text c="dimmed" ta="center" size="sm">
          {t('comingSoon.body')}
        </Text>
        <Button variant="light" onClick={() => navigate('/customers')}>
          {t('comingSoon.openCustomers')}
        </Button>
      </Stack>
    </Center>
  );
}
