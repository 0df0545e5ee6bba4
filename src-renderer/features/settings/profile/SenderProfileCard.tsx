import { Alert, Button, Card, Group, SimpleGrid, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../../src-shared/letters/types';
import { describeError } from '../../../app/describeError';
import { profileProblems, tidyProfile, useSenderProfile } from './senderProfile';

type SalespersonField = keyof SenderProfile['salesperson'];
type CompanyField = keyof SenderProfile['company'];

const SALESPERSON_FIELDS: readonly SalespersonField[] = ['name', 'title', 'email', 'phone', 'whatsapp'];

/**
 * Settings → Sender profile: the salesperson and the company that sign every letter
 * ({{salesperson.*}}, {{company.*}}). Edited in a draft and saved together.
 */
export function SenderProfileCard() {
  const { t } = useTranslation(['mailSettings', 'common']);
  const [saved, setProfile] = useSenderProfile();
  const [draft, setDraft] = useState<SenderProfile | null>(null);
  const [saving, setSaving] = useState(false);
  const profile = draft ?? saved;
  const problems = profileProblems(profile);
  const hasProblems = Object.keys(problems).length > 0;

  const setSalesperson = (field: SalespersonField, value: string) =>
    setDraft({ ...profile, salesperson: { ...profile.salesperson, [field]: value } });
  const setCompany = (field: CompanyField, value: string) => setDraft({ ...profile, company: { ...profile.company, [field]: value } });

  const save = async () => {
    if (hasProblems) return;
    setSaving(true);
    try {
      await setProfile(tidyProfile(profile));
      setDraft(null);
      notifications.show({ color: 'teal', message: t('profile.saved') });
    } catch (err) {
      notifications.show({ color: 'red', title: t('common:errors.title'), message: describeError(err, t) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder data-testid="sender-profile-card">
      <Title order={4}>{t('profile.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('profile.description')}
      </Text>
      <Text fw={600} size="sm" mb={4}>
        {t('profile.salesperson')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
        {SALESPERSON_FIELDS.map((field) => (
          <TextInput
            key={field}
            label={t(`profile.field.${field}`)}
            type={field === 'email' ? 'email' : 'text'}
            maxLength={200}
            value={profile.salesperson[field]}
            error={field === 'email' && problems['salesperson.email'] ? t('profile.emailInvalid') : undefined}
            onChange={(e) => setSalesperson(field, e.currentTarget.value)}
            data-testid={`profile-salesperson-${field}`}
          />
        ))}
      </SimpleGrid>
      <Text fw={600} size="sm" mt="md" mb={4}>
        {t('profile.company')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
        <TextInput
          label={t('profile.field.companyName')}
          maxLength={200}
          value={profile.company.name}
          onChange={(e) => setCompany('name', e.currentTarget.value)}
          data-testid="profile-company-name"
        />
        <TextInput
          label={t('profile.field.website')}
          placeholder="example.com"
          maxLength={200}
          value={profile.company.website}
          onChange={(e) => setCompany('website', e.currentTarget.value)}
          data-testid="profile-company-website"
        />
        <TextInput
          label={t('profile.field.companyPhone')}
          maxLength={200}
          value={profile.company.phone}
          onChange={(e) => setCompany('phone', e.currentTarget.value)}
          data-testid="profile-company-phone"
        />
        <Textarea
          label={t('profile.field.address')}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={500}
          value={profile.company.address}
          onChange={(e) => setCompany('address', e.currentTarget.value)}
          data-testid="profile-company-address"
        />
      </SimpleGrid>
      {draft && (
        <Alert mt="md" variant="light" icon={<IconInfoCircle size={18} />} title={t('profile.unsaved')}>
          <Group gap="xs" mt={4}>
            <Button size="xs" loading={saving} disabled={hasProblems} onClick={() => void save()} data-testid="profile-save">
              {t('common:actions.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDraft(null)} data-testid="profile-discard">
              {t('profile.discard')}
            </Button>
          </Group>
        </Alert>
      )}
    </Card>
  );
}
