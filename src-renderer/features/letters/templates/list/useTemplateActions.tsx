import { Text } from '@mantine/core';
import { openConfirmModal } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LetterTemplate } from '../../../../../src-shared/letters/types';
import { describeError } from '../../../../app/describeError';
import { navigate } from '../../../../app/router';
import { deleteTemplate, saveTemplate } from '../../../../data';
import { duplicateTemplate } from '../editor/templateDraft';
import { uiText } from '../templateText';

/** Duplicate (and open the copy) and delete (after asking) for a template. */
export function useTemplateActions() {
  const { t, i18n } = useTranslation(['templates', 'common']);
  const fail = (title: string) => (err: unknown) => notifications.show({ color: 'red', title, message: describeError(err, t) });

  const duplicate = (template: LetterTemplate) => {
    const copy = duplicateTemplate(template, { en: t('list.copySuffix', { lng: 'en' }), 'zh-CN': t('list.copySuffix', { lng: 'zh-CN' }) });
    saveTemplate(copy).then(() => {
      notifications.show({ color: 'teal', message: t('list.duplicated') });
      navigate(`/letters/templates/${encodeURIComponent(copy.id)}`);
    }, fail(t('list.duplicateFailed')));
  };

  const remove = (template: LetterTemplate, after?: () => void) => {
    const name = uiText(template.name, i18n.language) || t('list.unnamed');
    openConfirmModal({
      title: t('list.deleteTitle'),
      children: (
        <>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('list.deleteBody', { name })}
          </Text>
          {template.builtIn && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('list.deleteBuiltInHint')}
            </Text>
          )}
        </>
      ),
      labels: { confirm: t('common:actions.delete'), cancel: t('common:actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'template-delete-confirm' },
      onConfirm: () =>
        deleteTemplate(template.id).then(() => {
          notifications.show({ color: 'teal', message: t('list.deleted') });
          after?.();
        }, fail(t('list.deleteFailed'))),
    });
  };

  return { duplicate, remove };
}
