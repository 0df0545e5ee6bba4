import { Text } from '@mantine/core';

/** Customer text inside notifications and alerts: at most two lines, however long the name. */
export function ClampedText({ children, lines = 2 }: { children: string; lines?: number }) {
  return (
    <Text size="sm" c="dimmed" lineClamp={lines} title={children} style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}
