import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type InquiryRecord, useTemplate } from '../../../data';
import { useDisplayNames } from '../../../i18n/displayNames';
import { questionText } from '../../../../src-shared/inquiry';
import { replyTemplateFor } from '../shared/replyInputs';
import { buyerClockText, myClock } from '../shared/replyClock';

/** The reply plan: which template, which questions (in the buyer's language), and by when on both clocks. */
export function PlanCard({ inquiry }: { inquiry: InquiryRecord }) {
  const { t, i18n } = useTranslation('inquiries');
  const names = useDisplayNames();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const plan = inquiry.qualification.plan;
  const templateId = replyTemplateFor(inquiry);
  const { data: template } = useTemplate(templateId ?? null);
  const mine = myClock(inquiry.replyByMs, i18n.language);
  const theirs = buyerClockText(inquiry.replyByMs, plan.buyerUtcOffsetMinutes, i18n.language);
  const language = inquiry.language || inquiry.qualification.language;
  return (
    <Card withBorder data-testid="inquiry-plan">
      <Title order={4} mb="xs">
        {t('plan.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm" data-testid="plan-action">
          {plan.action === 'archive' ? t('plan.archive') : t('plan.reply')}
        </Text>
        {plan.action === 'reply' && (
          <Text size="sm" data-testid="plan-template">
            <Text span c="dimmed">
              {t('plan.template')}{' '}
            </Text>
            {template ? template.name[lang] : (templateId ?? t('plan.noTemplate'))}
          </Text>
        )}
        <Text size="sm">
          <Text span c="dimmed">
            {t('plan.language')}{' '}
          </Text>
          {names.language(language)}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            {t('plan.replyBy')}{' '}
          </Text>
          {t('replyBy.mineLong', { time: mine.time, zone: mine.zone })}
          {theirs && <Text span c="dimmed">{` · ${t('replyBy.theirsLong', { time: theirs.time, zone: theirs.zone })}`}</Text>}
        </Text>
        {plan.questions.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('plan.questions')}
            </Text>
            <List size="sm" spacing={2} data-testid="plan-questions">
              {plan.questions.map((code) => (
                <List.Item key={code} data-code={code}>
                  <Text size="sm" span dir="auto">
                    {questionText(code, language) || t(`question.${code}`, { defaultValue: code })}
                  </Text>
                  {!language.startsWith(lang === 'zh-CN' ? 'zh' : 'en') && (
                    <Text size="xs" c="dimmed">
                      {t(`question.${code}`, { defaultValue: '' })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
