import { Alert, Button, Center, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { RecipientsStep } from './RecipientsStep';
import { ReviewStep } from './ReviewStep';
import { TemplateStep } from './TemplateStep';
import type { InputValues } from './templateInputs';
import { sourceFromQuery, useRecipients } from './useRecipients';
import { senderEmail, useSenderProfile } from './useSenderProfile';

/**
 * #/letters/compose?customer=<id> | ?segment=<id> | ?selection=1. Three steps: who, what, and a
 * review of every letter before anything is queued.
 */
export function ComposeScreen({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation(['compose', 'common']);
  const source = sourceFromQuery(query);
  const recipients = useRecipients(source);
  const profile = useSenderProfile();
  const [step, setStep] = useState(0);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [values, setValues] = useState<InputValues>({});

  if (profile === undefined || recipients.status === 'loading') {
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
              setValues({});
            }}
            values={values}
            onValues={setValues}
            onBack={() => setStep(0)}
            onNext={() => setStep(2)}
          />
        </Stepper.Step>
        <Stepper.Step label={t('compose:steps.review')} description={t('compose:steps.reviewHint')} data-testid="compose-step-review">
          {step === 2 && templateId && profile && (
            <ReviewStep customers={customers} templateId={templateId} values={values} profile={profile} onBack={() => setStep(1)} />
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
