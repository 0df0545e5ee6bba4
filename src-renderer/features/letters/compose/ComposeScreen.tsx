import { Alert, Button, Center, List, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { useTemplates } from '../../../data';
import { replyQuestions, useInquiryReply } from './inquiryReply';
import { RecipientsStep } from './RecipientsStep';
import { ReviewStep } from './ReviewStep';
import { TemplateStep } from './TemplateStep';
import type { InputValues } from './templateInputs';
import { sourceFromQuery, useRecipients } from './useRecipients';
import { senderEmail, useSenderProfile } from './useSenderProfile';

/**
 * #/letters/compose?customer=<id> | ?segment=<id> | ?selection=1. Three steps: who, what, and a
 * review of every letter before anything is queued. `&template=<id>` preselects the template;
 * `&inquiry=<id>` fills the reply's inputs from the inquiry and marks it replied once queued.
 */
export function ComposeScreen({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation(['compose', 'common']);
  const source = sourceFromQuery(query);
  const recipients = useRecipients(source);
  const profile = useSenderProfile();
  const [step, setStep] = useState(0);
  const reply = useInquiryReply(query.get('inquiry'));
  const [templateId, setTemplateId] = useState<string | null>(query.get('template'));
  // null: the starting values (the inquiry's, when replying to one).
  const [typed, setValues] = useState<InputValues | null>(null);
  const values = typed ?? (reply.status === 'ready' ? reply.values : {});
  const templates = useTemplates();

  if (profile === undefined || recipients.status === 'loading' || reply.status === 'loading') {
    return (
      <Center h="50vh" data-testid="compose-loading">
        <Loader />
      </Center>
    );
  }
  if (!senderEmail(profile)) {
    return (
      <Stack maw={640} data-testid="compose-no-sender">
        <Title order={2} size="h3">
          {t('compose:title')}
        </Title>
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('compose:noSender.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('compose:noSender.body')}</Text>
            <Button leftSection={<IconSettings size={16} />} onClick={() => navigate('/settings')} data-testid="compose-open-settings">
              {t('compose:noSender.open')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  if (recipients.status === 'missing' || recipients.customers.length === 0) {
    const reason = recipients.status === 'ready' ? 'empty' : `missing${source.kind.charAt(0).toUpperCase()}${source.kind.slice(1)}`;
    return (
      <Stack maw={640} data-testid="compose-missing">
        <Title order={2} size="h3">
          {t('compose:title')}
        </Title>
        <Alert color="gray" title={t('compose:recipients.missingTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t(`compose:recipients.${reason}`)}</Text>
            <Button variant="light" onClick={() => navigate('/customers')}>
              {t('compose:recipients.backToCustomers')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  const { customers, name } = recipients;
  const asked =
    reply.status === 'ready'
      ? replyQuestions(reply.inquiry, templates?.find((tpl) => tpl.id === templateId), customers[0]?.language ?? '')
      : null;
  const heading =
    source.kind === 'customer'
      ? t('compose:recipients.fromCustomer', { name })
      : source.kind === 'segment'
        ? t('compose:recipients.fromSegment', { name })
        : t('compose:recipients.fromSelection');
  return (
    <Stack gap="md" data-testid="compose-screen">
      <Title order={2} size="h3" lineClamp={1} title={heading} data-testid="compose-title">
        {heading}
      </Title>
      {/* The review shows the letter itself, and needs the room. */}
      {reply.status === 'ready' && asked && step < 2 && (
        <Alert color="blue" icon={<IconInbox size={18} />} title={t('inquiries:compose.title', { subject: reply.inquiry.subject || reply.inquiry.fromEmail })} data-testid="compose-inquiry">
          {asked.questions.length > 0 ? (
            <>
              <Text size="sm">{t('inquiries:compose.questions')}</Text>
              <List size="sm" mt={4}>
                {asked.questions.map((q) => (
                  <List.Item key={q}>
                    <Text span size="sm" dir="auto">
                      {q}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm">{t('inquiries:compose.noQuestions')}</Text>
          )}
        </Alert>
      )}
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('compose:steps.recipients')} description={t('compose:steps.recipientsHint')} data-testid="compose-step-recipients">
          <RecipientsStep customers={customers} onNext={() => setStep(1)} />
        </Stepper.Step>
        <Stepper.Step label={t('compose:steps.template')} description={t('compose:steps.templateHint')} data-testid="compose-step-template">
          <TemplateStep
            customers={customers}
            templateId={templateId}
            onTemplate={(id) => {
              setTemplateId(id);
              setValues(null);
            }}
            values={values}
            onValues={setValues}
            onBack={() => setStep(0)}
            onNext={() => setStep(2)}
            preferred={query.get('template')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('compose:steps.review')} description={t('compose:steps.reviewHint')} data-testid="compose-step-review">
          {step === 2 && templateId && profile && (
            <ReviewStep
              customers={customers}
              templateId={templateId}
              values={values}
              profile={profile}
              onBack={() => setStep(1)}
              extraDefaults={asked ? { inquiry: { questions: asked.questions } } : undefined}
              inquiryId={reply.status === 'ready' ? reply.inquiry.id : undefined}
            />
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
