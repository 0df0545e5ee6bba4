import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from '../../../../../src-shared/letters/types';

/** "Line 3, column 14: This helper does not exist: shout" in the UI language. */
export function describeProblem(problem: TemplateProblem, t: TFunction): { place: string; what: string } {
  const place =
    problem.line > 0
      ? t(`templates:problem.at.${problem.part}`, { line: problem.line, column: problem.column })
      : t(`templates:problem.inPart.${problem.part}`);
  const what = t(`templates:problem.code.${problem.code}`, { name: problem.name ?? '' });
  return { place, what };
}

interface ProblemListProps {
  problems: TemplateProblem[];
  /** Moves the caret to the problem's place in the subject or body. */
  onShow(problem: TemplateProblem): void;
}

/** The active variant's problems, next to the editor; each one jumps to its place. */
export function ProblemList({ problems, onShow }: ProblemListProps) {
  const { t } = useTranslation('templates');
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('problem.title', { count: problems.length })} data-testid="template-problems">
      <Stack gap={6}>
        {problems.map((problem, i) => {
          const { place, what } = describeProblem(problem, t);
          return (
            <div key={`${problem.part}-${problem.line}-${problem.column}-${i}`} data-testid="template-problem" data-code={problem.code}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onShow(problem)}>
                  {place}
                </Anchor>{' '}
                {what}
              </Text>
              {problem.message && (
                <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} lineClamp={4}>
                  {problem.message}
                </Text>
              )}
            </div>
          );
        })}
      </Stack>
    </Alert>
  );
}
