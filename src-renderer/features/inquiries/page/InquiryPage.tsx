import { Button, Card, EmptyState, Grid, Skeleton, Stack } from '@mantine/core';
import { IconMailQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { type InquiryRecord, useInquiry } from '../../../data';
import { ExtractedCard } from './ExtractedCard';
import { FlagAlerts } from './FlagAlerts';
import { InquiryHeader } from './InquiryHeader';
import { PlanCard } from './PlanCard';
import { QualifyCard } from './QualifyCard';
import { RawTextCard } from './RawTextCard';
import { ScorecardCard } from './ScorecardCard';

/** #/inquiries/<id>: what it says, what the scorecard makes of it, and the qualify-before-reply step. */
export function InquiryPage({ inquiryId }: { inquiryId: string }) {
  const { t } = useTranslation(['inquiries', 'common']);
  const { data, isLoading } = useInquiry(inquiryId);
  if (isLoading) {
    return (
      <Stack gap="md" data-testid="inquiry-page-loading">
        <Skeleton h={16} w={140} />
        <Skeleton h={34} w="60%" />
        <Card withBorder>
          <Skeleton h={220} />
        </Card>
      </Stack>
    );
  }
  if (!data) {
    return (
      <EmptyState
        mt="xl"
        icon={<IconMailQuestion size={32} />}
        withIndicatorBackground
        title={t('page.notFound.title')}
        description={t('page.notFound.body')}
        data-testid="inquiry-not-found"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={() => navigate('/inquiries')}>
            {t('page.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return <LoadedInquiryPage inquiry={data} />;
}

function LoadedInquiryPage({ inquiry }: { inquiry: InquiryRecord }) {
  return (
    <Stack gap="md" data-testid="inquiry-page" data-id={inquiry.id} data-status={inquiry.status}>
      <InquiryHeader inquiry={inquiry} />
      <FlagAlerts inquiry={inquiry} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <QualifyCard key={`${inquiry.id}:${inquiry.status}`} inquiry={inquiry} />
            <ExtractedCard inquiry={inquiry} />
            <RawTextCard inquiry={inquiry} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ScorecardCard inquiry={inquiry} />
            <PlanCard inquiry={inquiry} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
