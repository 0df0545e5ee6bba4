import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type QualifyInput, validateQualifyInput } from '../../../../src-shared/inquiry';
import { emlToInquiryInput, parseEml } from '../../../../src-shared/inquiry/capture';
import { navigate } from '../../../app/router';
import { addInquiries, findRepeatedInquiries, type InquiryRepeat, MAX_INQUIRIES_PER_ADD } from '../../../data';
import { describeInquiryError } from '../shared/describeInquiryError';
import { FileDrop } from '../../import/FileDrop';

type ReadFile =
  | { name: string; input: QualifyInput; htmlOnly: boolean; repeat: InquiryRepeat | null }
  | { name: string; problem: string };

/**
 * Many .eml files at once: each read in the page; the readable ones added together, the others
 * named with why. A message already in the inbox (or picked twice) is shown and left out.
 */
export function EmlImport() {
  const { t, i18n } = useTranslation(['inquiries', 'common']);
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [files, setFiles] = useState<ReadFile[]>([]);
  const [reading, setReading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ready = files.flatMap((f) => ('input' in f && !f.repeat ? [f.input] : []));
  const repeats = files.filter((f) => 'input' in f && f.repeat).length;

  const read = async (picked: File[]) => {
    setReading(true);
    setProblem(null);
    const out: ReadFile[] = [];
    // One after the other: a folder of mails should not hold all of them in memory at once.
    for (const file of picked) {
      try {
        const parsed = await parseEml(new Uint8Array(await file.arrayBuffer()), file.name);
        const checked = validateQualifyInput(emlToInquiryInput(parsed));
        out.push(checked.ok ? { name: file.name, input: checked.input, htmlOnly: parsed.htmlOnly, repeat: null } : { name: file.name, problem: checked.error.message[lang] });
      } catch (error) {
        out.push({ name: file.name, problem: describeInquiryError(error, t) });
      }
    }
    try {
      const readable = out.flatMap((f) => ('input' in f ? [f] : []));
      const found = await findRepeatedInquiries(readable.map((f) => f.input));
      readable.forEach((f, i) => (f.repeat = found[i] ?? null));
    } catch (error) {
      // Not knowing is not a reason to refuse the files: each counts as new.
      console.error('Looking for inquiries already in the inbox failed', error);
    }
    setFiles(out);
    setReading(false);
  };

  const add = async () => {
    if (ready.length === 0) return;
    if (ready.length > MAX_INQUIRIES_PER_ADD) return setProblem(t('add.eml.tooMany', { max: MAX_INQUIRIES_PER_ADD }));
    setSaving(true);
    try {
      const ids = await addInquiries(ready);
      notifications.show({ color: 'teal', message: t('add.added', { count: ids.length }) });
      navigate(ids.length === 1 && ids[0] ? `/inquiries/${encodeURIComponent(ids[0])}` : '/inquiries');
    } catch (error) {
      setProblem(describeInquiryError(error, t));
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="eml-import">
      <FileDrop
        accept=".eml,message/rfc822"
        multiple
        disabled={reading || saving}
        icon={<IconMail size={28} />}
        title={t('add.eml.drop')}
        hint={t('add.eml.hint')}
        button={t('add.eml.choose')}
        onFiles={(picked) => void read(picked)}
        testId="eml-drop"
      />
      {reading && (
        <Text size="sm" c="dimmed">
          {t('add.eml.reading')}
        </Text>
      )}
      {files.length > 0 && (
        <Table verticalSpacing={4} data-testid="eml-files">
          <Table.Tbody>
            {files.map((f, i) => (
              <Table.Tr key={`${f.name}-${i}`} data-ok={'input' in f && !f.repeat} data-repeat={'input' in f && f.repeat ? f.repeat.kind : undefined} data-testid="eml-file">
                <Table.Td w="35%">
                  <Text size="sm" truncate="end" title={f.name}>
                    {f.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {'input' in f && f.repeat ? (
                    <RepeatNote repeat={f.repeat} files={files} />
                  ) : 'input' in f ? (
                    <Group gap={6} wrap="nowrap">
                      <Badge size="xs" color="teal" variant="light" style={{ flex: 'none' }}>
                        {t('add.eml.ok')}
                      </Badge>
                      <Text size="sm" truncate="end">
                        {[f.input.subject, f.input.fromEmail].filter(Boolean).join(' · ') || t('noSubject')}
                      </Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="red" data-testid="eml-file-problem">
                      {f.problem}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {problem && (
        <Alert color="red" data-testid="eml-problem">
          {problem}
        </Alert>
      )}
      {files.length > 0 && (
        <Group>
          <Button leftSection={<IconSparkles size={16} />} disabled={ready.length === 0} loading={saving} onClick={() => void add()} data-testid="eml-submit">
            {t('add.addCount', { count: ready.length })}
          </Button>
          {ready.length + repeats < files.length && (
            <Text size="sm" c="dimmed">
              {t('add.eml.skipped', { count: files.length - ready.length - repeats })}
            </Text>
          )}
          {repeats > 0 && (
            <Text size="sm" c="dimmed" data-testid="eml-repeats">
              {t('add.eml.repeats', { count: repeats })}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** Why a readable email is left out: the inbox has it (with a link), or it was picked twice. */
function RepeatNote({ repeat, files }: { repeat: InquiryRepeat; files: readonly ReadFile[] }) {
  const { t } = useTranslation('inquiries');
  return (
    <Group gap={6} wrap="nowrap" data-testid="eml-file-repeat">
      <Badge size="xs" color="gray" variant="light" style={{ flex: 'none' }}>
        {t('add.repeat.badge')}
      </Badge>
      {repeat.kind === 'inInbox' ? (
        <Text size="sm">
          {t('add.repeat.inInbox')}{' '}
          <Anchor size="sm" href={`#/inquiries/${encodeURIComponent(repeat.id)}`} data-testid="eml-file-open">
            {t('add.repeat.open')}
          </Anchor>
        </Text>
      ) : (
        <Text size="sm" truncate="end">
          {t('add.repeat.sameAsFile', { file: readableName(files, repeat.index) })}
        </Text>
      )}
    </Group>
  );
}

/** The name of the index-th readable file (repeats are counted among the readable ones). */
function readableName(files: readonly ReadFile[], index: number): string {
  return files.filter((f) => 'input' in f)[index]?.name ?? '';
}
