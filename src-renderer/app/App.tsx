import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { AppLayout } from './AppLayout';
import { theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'tradewind-color-scheme' });

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <AppLayout />
      </ModalsProvider>
    </MantineProvider>
  );
}
