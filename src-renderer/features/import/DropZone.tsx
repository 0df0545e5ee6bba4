import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FileDrop } from './FileDrop';

export const ACCEPTED_EXTENSIONS = '.csv,.tsv,.txt,.vcf,.xlsx';

interface DropZoneProps {
  maxMb: number;
  disabled: boolean;
  onFile(file: File): void;
}

/** The customer import's first step: one table file, dragged in or picked. */
export function DropZone({ maxMb, disabled, onFile }: DropZoneProps) {
  const { t } = useTranslation('import');
  return (
    <FileDrop
      accept={ACCEPTED_EXTENSIONS}
      multiple={false}
      disabled={disabled}
      size="lg"
      icon={<IconFileSpreadsheet size={34} />}
      title={t('file.dropHere')}
      overTitle={t('file.dropNow')}
      hint={t('file.formats', { maxMb })}
      button={t('file.choose')}
      onFiles={([file]) => {
        if (file) onFile(file);
      }}
      testId="import-dropzone"
      inputTestId="import-file-input"
      buttonTestId="import-choose-file"
    />
  );
}
