import { Card, Code, SegmentedControl, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callMain } from '../../app/mainApi';
import { setSetting } from '../../data';
import type { UiLanguage } from '../../i18n';
import { LevelScaleEditor } from './LevelScaleEditor';
import { LettersSettingsCard } from './mail/LettersSettingsCard';
import { MailAccountCard } from './mail/MailAccountCard';
import { SenderProfileCard } from './profile/SenderProfileCard';
import { QualifySettingsCard } from './qualify/QualifySettingsCard';
import { SampleBookCard } from './SampleBookCard';

function LanguageCard() {
  const { t, i18n } = useTranslation('settings');
  const change = async (language: string) => {
    await setSetting('language', language as UiLanguage);
    await i18n.changeLanguage(language);
  };
  return (
    <Card withBorder>
      <Title order={4}>{t('language.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('language.description')}
      </Text>
      <SegmentedControl
        data-testid="language-switch"
        value={i18n.language}
        onChange={(v) => void change(v)}
        data={[
          { value: 'en', label: 'English' },
          { value: 'zh-CN', label: '简体中文' },
        ]}
      />
    </Card>
  );
}

function ThemeCard() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Card withBorder>
      <Title order={4}>{ts('theme.title')}</Title>
      <SegmentedControl
        mt="sm"
        value={colorScheme}
        onChange={(v) => setColorScheme(v as 'light' | 'dark' | 'auto')}
        data={[
          { value: 'light', label: t('theme.light') },
          { value: 'dark', label: t('theme.dark') },
          { value: 'auto', label: t('theme.auto') },
        ]}
      />
    </Card>
  );
}

function DataLocationCard() {
  const { t } = useTranslation('settings');
  const [info, setInfo] = useState<{ version: string; dataPath: string } | null>(null);
  useEffect(() => {
    callMain('app:info', undefined).then(setInfo, () => setInfo(null));
  }, []);
  return (
    <Card withBorder>
      <Title order={4}>{t('data.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('data.description')}
      </Text>
      {info && (
        <Text size="sm" mt="xs">
          {t('data.path')} <Code>{info.dataPath}</Code> · {t('data.version', { version: info.version })}
        </Text>
      )}
    </Card>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <Stack maw={820} gap="md">
      <Title order={2}>{t('title')}</Title>
      <LanguageCard />
      <ThemeCard />
      <SenderProfileCard />
      <MailAccountCard />
      <LettersSettingsCard />
      <LevelScaleEditor />
      <QualifySettingsCard />
      <SampleBookCard />
      <DataLocationCard />
    </Stack>
  );
}
