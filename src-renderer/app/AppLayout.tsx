import {
  ActionIcon,
  AppShell,
  Burger,
  Divider,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomersRoutes } from '../features/customers/CustomersRoutes';
import { SegmentsNav } from '../features/customers/segments/SegmentsNav';
import { InquiriesNavBadge } from '../features/inquiries/InquiriesNavBadge';
import { InquiriesRoutes } from '../features/inquiries/InquiriesRoutes';
import { LettersRoutes } from '../features/letters/compose/LettersRoutes';
import { OutboxNavBadge } from '../features/letters/outbox/OutboxNavBadge';
import { OutboxScreen } from '../features/letters/outbox/OutboxScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { ComingSoon } from './ComingSoon';
import type { Route } from './router';
import { navigate, useRoute } from './router';
import { SCREENS } from './screens';
import { modKeyLabel, useGlobalShortcuts } from './shortcuts';

function ScreenSwitch({ route }: { route: Route }) {
  // A screen still marked unbuilt stays unreachable, even by a typed or stale link.
  if (!SCREENS.find((s) => s.key === route.screen)?.built) return <ComingSoon screen={route.screen} />;
  switch (route.screen) {
    case 'today':
      return <TodayScreen />;
    case 'inquiries':
      return <InquiriesRoutes route={route} />;
    case 'customers':
      return <CustomersRoutes route={route} />;
    case 'letters':
      return <LettersRoutes route={route} />;
    case 'outbox':
      return <OutboxScreen route={route} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <ComingSoon screen={route.screen} />;
  }
}

function ThemeToggle() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Tooltip label={t('theme.toggle')}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('theme.toggle')}
        onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
      >
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const route = useRoute();
  const [opened, { toggle }] = useDisclosure(true);
  useGlobalShortcuts();
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: 'xs', collapsed: { desktop: !opened, mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} size="sm" aria-label={t('nav.toggleNavigation')} />
            <Title order={4}>{t('appName')}</Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t('shortcuts.hint', { key: modKeyLabel() })}
            </Text>
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section>
          {SCREENS.map(({ key, icon: Icon, built }) => (
            <NavLink
              key={key}
              href={`#/${key}`}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} stroke={1.6} />}
              active={route.screen === key}
              c={built ? undefined : 'dimmed'}
              rightSection={key === 'outbox' ? <OutboxNavBadge /> : key === 'inquiries' ? <InquiriesNavBadge /> : undefined}
              data-testid={`nav-${key}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/${key}`);
              }}
            />
          ))}
        </AppShell.Section>
        <Divider my="xs" />
        <AppShell.Section grow component={ScrollArea}>
          <SegmentsNav />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <ScreenSwitch route={route} />
      </AppShell.Main>
    </AppShell>
  );
}
