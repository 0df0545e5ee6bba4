import { Alert, Button, Collapse, Group, Select, SimpleGrid, Stack, Textarea, TextInput, UnstyledButton, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INQUIRY_CHANNELS, type InquiryChannel, type PlatformSignals, type QualifyInput, validateQualifyInput } from '../../../../src-shared/inquiry';
import { navigate } from '../../../app/router';
import { addInquiries, findRepeatedInquiries } from '../../../data';
import { foldingFilter, useCountryOptions } from '../../customers/page/selectOptions';
import { describeInquiryError } from '../shared/describeInquiryError';
import { offsetLabel } from '../shared/replyClock';
import { PlatformFields } from './PlatformFields';
import { localOffsetMinutes, toReceivedAt, UTC_OFFSETS } from './receivedAt';

/** Paste one inquiry (the message as copied from the mailbox or the platform), with what else is known. */
export function PasteForm() {
  const { t, i18n } = useTranslation(['inquiries', 'common']);
  const countries = useCountryOptions();
  const [text, setText] = useState('');
  const [subject, setSubject] = useState('');
  const [fromEmail, setFromEmail] = useState('');
  const [fromName, setFromName] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [channel, setChannel] = useState<InquiryChannel | null>(null);
  const [received, setReceived] = useState('');
  const [offset, setOffset] = useState(String(localOffsetMinutes()));
  const [platform, setPlatform] = useState<PlatformSignals>({});
  const [showPlatform, setShowPlatform] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** The inquiry the inbox already has with this very text, sender, subject and time, once asked. */
  const [inInbox, setInInbox] = useState<string | null>(null);
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  /** `again`: the salesperson saw that the inbox has it and adds it anyway (the buyer sent it twice). */
  const submit = async (again = false) => {
    setProblem(null);
    setInInbox(null);
    const input: QualifyInput = { text };
    if (subject.trim()) input.subject = subject.trim();
    if (fromEmail.trim()) input.fromEmail = fromEmail.trim().toLowerCase();
    if (fromName.trim()) input.fromName = fromName.trim();
    if (country) input.country = country;
    if (channel) input.channel = channel;
    if (received.trim()) {
      const at = toReceivedAt(received, Number(offset));
      if (!at) return setProblem(t('add.problem.receivedAt'));
      input.receivedAt = at;
    }
    if (Object.keys(platform).length > 0) input.platform = platform;
    const checked = validateQualifyInput(input);
    if (!checked.ok) return setProblem(checked.error.message[lang]);
    setSaving(true);
    try {
      const [repeat] = again ? [null] : await findRepeatedInquiries([checked.input]);
      if (repeat?.kind === 'inInbox') {
        setInInbox(repeat.id);
        setSaving(false);
        return;
      }
      const [id] = await addInquiries([checked.input]);
      if (id) navigate(`/inquiries/${encodeURIComponent(id)}`);
    } catch (error) {
      setProblem(describeInquiryError(error, t));
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="paste-form">
      <Textarea
        label={t('add.text')}
        description={t('add.textHint')}
        autosize
        minRows={8}
        maxRows={20}
        required
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        data-testid="paste-text"
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput label={t('add.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} data-testid="paste-subject" />
        <TextInput label={t('add.fromEmail')} type="email" value={fromEmail} onChange={(e) => setFromEmail(e.currentTarget.value)} data-testid="paste-from-email" />
        <TextInput label={t('add.fromName')} value={fromName} onChange={(e) => setFromName(e.currentTarget.value)} data-testid="paste-from-name" />
      </SimpleGrid>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          w={260}
          label={t('add.country')}
          data={countries}
          value={country}
          onChange={setCountry}
          searchable
          clearable
          filter={foldingFilter}
          data-testid="paste-country"
        />
        <Select
          w={200}
          label={t('add.channel')}
          placeholder={t('add.channelAuto')}
          data={INQUIRY_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          value={channel}
          onChange={(v) => setChannel(v as InquiryChannel | null)}
          clearable
          data-testid="paste-channel"
        />
        <Group gap="xs" wrap="nowrap" align="flex-end" style={{ flex: 1, minWidth: 380 }}>
          <TextInput
            label={t('add.received')}
            type="datetime-local"
            value={received}
            onChange={(e) => setReceived(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="paste-received"
          />
          <Select
            aria-label={t('add.offset')}
            title={t('add.offset')}
            w={132}
            style={{ flex: 'none' }}
            data={UTC_OFFSETS.map((m) => ({ value: String(m), label: offsetLabel(m) }))}
            value={offset}
            onChange={(v) => v && setOffset(v)}
            allowDeselect={false}
            data-testid="paste-offset"
          />
        </Group>
      </Group>
      <UnstyledButton onClick={() => setShowPlatform((v) => !v)} data-testid="paste-platform-toggle">
        <Group gap={4}>
          {showPlatform ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          <Text size="sm" fw={500}>
            {t('platform.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('platform.hint')}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={showPlatform}>
        <PlatformFields value={platform} onChange={setPlatform} />
      </Collapse>
      {problem && (
        <Alert color="red" data-testid="paste-problem">
          {problem}
        </Alert>
      )}
      {inInbox && (
        <Alert color="orange" title={t('add.repeat.pasteTitle')} data-testid="paste-repeat">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('add.repeat.pasteBody')}</Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => navigate(`/inquiries/${encodeURIComponent(inInbox)}`)} data-testid="paste-repeat-open">
                {t('add.repeat.open')}
              </Button>
              <Button size="xs" variant="default" onClick={() => void submit(true)} data-testid="paste-repeat-again">
                {t('add.repeat.addAgain')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button leftSection={<IconSparkles size={16} />} onClick={() => void submit()} loading={saving} data-testid="paste-submit">
          {t('add.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
