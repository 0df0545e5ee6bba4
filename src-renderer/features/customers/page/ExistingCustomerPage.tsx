import { Button, Card, EmptyState, Grid, Skeleton, Stack } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { useCustomer } from '../../../data';
import { LoadedCustomerPage } from './LoadedCustomerPage';

function PageSkeleton() {
  return (
    <Stack gap="md" data-testid="customer-page-loading">
      <Skeleton h={16} w={140} />
      <Skeleton h={34} w="60%" />
      <Skeleton h={22} w="45%" />
      <Grid gap="md">
        <Grid.Col span={8}>
          <Card withBorder>
            <Skeleton h={180} />
          </Card>
        </Grid.Col>
        <Grid.Col span={4}>
          <Card withBorder>
            <Skeleton h={180} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** #/customers/<id>: loads the record; a missing one (deleted, merged away) gets a way back. */
export function ExistingCustomerPage({ id }: { id: string }) {
  const { t } = useTranslation(['customerPage', 'common']);
  const { data, isLoading } = useCustomer(id);
  if (isLoading) return <PageSkeleton />;
  if (!data) {
    return (
      <EmptyState
        mt="xl"
        icon={<IconUserQuestion size={32} />}
        withIndicatorBackground
        title={t('notFound.title')}
        description={t('notFound.body')}
        data-testid="customer-not-found"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={() => navigate('/customers')}>
            {t('header.back')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return <LoadedCustomerPage customer={data} />;
}
