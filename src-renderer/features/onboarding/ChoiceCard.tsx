import { Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChoiceCardProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** The one button that acts on this choice. */
  action: ReactNode;
  highlighted?: boolean;
}

/** One of the first-run choices: what it is, why you would pick it, and the button to pick it. */
export function ChoiceCard({ icon, title, description, action, highlighted = false }: ChoiceCardProps) {
  return (
    <Card withBorder padding="lg" style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)' } : undefined}>
      <Stack gap="sm" h="100%">
        <ThemeIcon size={44} radius="xl" variant={highlighted ? 'filled' : 'light'}>
          {icon}
        </ThemeIcon>
        <Title order={4}>{title}</Title>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          {description}
        </Text>
        {action}
      </Stack>
    </Card>
  );
}
