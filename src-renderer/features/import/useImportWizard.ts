import { defaultLevel } from '../customers/page/customerDraft';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../src-shared/customer/vocabulary';
import { MAX_IMPORT_BYTES } from '../../../src-shared/import';
import { importCustomers } from '../../data';
import { describeError } from '../../app/describeError';
import { useLevelScale } from '../settings/levelScale';
import { describeImportFailure } from './describeImportFailure';
import type { FileState } from './FileStep';
import { findDuplicatesOfRow, findExistingDuplicates } from './findExistingDuplicates';
import type { ImportRun } from './ImportStep';
import type { ColumnMapping, DuplicateMatch } from './importProtocol';
import type { DuplicateCheck } from './ReviewStep';
import type { DuplicateAction, ReviewData } from './reviewModel';
import { applyRevalidation, buildImportPlan, reviewFromSummary } from './reviewModel';
import { useImportClient } from './useImportClient';

export const MAX_IMPORT_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));

/**
 * The import wizard's state and actions. Nothing is written to the book until `confirm`; until
 * then everything lives here and in the worker, so a failed import can simply be tried again.
 */
export function useImportWizard() {
  const { t } = useTranslation(['import', 'validation', 'common']);
  const client = useImportClient();
  const levels = useLevelScale();
  const [step, setStep] = useState(0);
  const [source, setSource] = useState<Source>('other');
  const [file, setFile] = useState<FileState>({ status: 'idle' });
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [validating, setValidating] = useState<string | null>(null);
  const [review, setReview] = useState<ReviewData | null>(null);
  const [skipErrors, setSkipErrors] = useState(false);
  const [checkingRows, setCheckingRows] = useState<ReadonlySet<number>>(new Set());
  const [duplicateCheck, setDuplicateCheck] = useState<DuplicateCheck>({ status: 'done' });
  const [duplicates, setDuplicates] = useState<ReadonlyMap<number, DuplicateMatch[]>>(new Map());
  const [actions, setActions] = useState<ReadonlyMap<number, DuplicateAction>>(new Map());
  const [run, setRun] = useState<ImportRun | null>(null);
  // Each validation gets a number; a late answer to an older one is ignored.
  const generation = useRef(0);
  // Cells as last edited, ahead of the review state: two quick fixes on one row must not undo each other.
  const editedCells = useRef(new Map<number, string[]>());

  const clearReview = () => {
    generation.current++;
    editedCells.current.clear();
    setReview(null);
    setSkipErrors(false);
    setDuplicates(new Map());
    setActions(new Map());
    setDuplicateCheck({ status: 'done' });
    setRun(null);
  };

  const chooseFile = async (picked: File) => {
    clearReview();
    setStep(0);
    // Refuse before reading: a 100 MB file would sit in memory twice just to be refused.
    if (picked.size > MAX_IMPORT_BYTES) {
      setFile({ status: 'failed', name: picked.name, message: t('validation:fileTooBig', { maxMb: MAX_IMPORT_MB }) });
      return;
    }
    setFile({ status: 'reading', name: picked.name });
    try {
      const bytes = await picked.arrayBuffer();
      const table = await client.request({ type: 'read', bytes, fileName: picked.name });
      setMapping(table.suggestedMapping);
      setFile({ status: 'read', name: picked.name, size: picked.size, table });
    } catch (err) {
      setFile({ status: 'failed', name: picked.name, message: describeImportFailure(err, t) });
    }
  };

  const checkDuplicates = async (data: ReviewData, gen: number) => {
    setDuplicateCheck({ status: 'checking', done: 0, total: data.valid.size });
    try {
      const valid = [...data.valid].map(([row, customer]) => ({ row, customer }));
      const found = await findExistingDuplicates(valid, client, (done, total) => {
        if (gen === generation.current) setDuplicateCheck({ status: 'checking', done, total });
      });
      if (gen !== generation.current) return;
      setDuplicates(new Map(found.map((d) => [d.row, d.matches])));
      setDuplicateCheck({ status: 'done' });
    } catch (err) {
      if (gen === generation.current) setDuplicateCheck({ status: 'failed', message: describeImportFailure(err, t) });
    }
  };

  const validate = async () => {
    clearReview();
    const gen = generation.current;
    setStep(2);
    setValidating(file.status === 'read' ? t('review.validating', { count: file.table.rowCount }) : '');
    try {
      const summary = await client.request({
        type: 'validate',
        mapping,
        options: { levels: levels.map((l) => l.code), defaults: { source, level: defaultLevel(levels) } },
      });
      if (gen !== generation.current) return;
      const data = reviewFromSummary(summary);
      setReview(data);
      void checkDuplicates(data, gen);
    } catch (err) {
      if (gen !== generation.current) return;
      notifications.show({ color: 'red', title: t('review.validateFailedTitle'), message: describeImportFailure(err, t) });
      setStep(1);
    } finally {
      setValidating(null);
    }
  };

  const fix = async (row: number, column: number, value: string) => {
    const current = editedCells.current.get(row) ?? review?.cells.get(row);
    if (!current) return;
    const cells = [...current];
    cells[column] = value;
    editedCells.current.set(row, cells);
    const gen = generation.current;
    setCheckingRows((s) => new Set(s).add(row));
    try {
      const result = await client.request({ type: 'revalidate', row, cells });
      if (gen !== generation.current) return;
      setReview((r) => (r ? applyRevalidation(r, result) : r));
      if (result.valid) {
        const found = await findDuplicatesOfRow(row, result.valid.customer);
        if (found && gen === generation.current) setDuplicates((d) => new Map(d).set(row, found.matches));
      }
    } catch (err) {
      notifications.show({ color: 'red', title: t('review.fixFailedTitle'), message: describeImportFailure(err, t) });
    } finally {
      setCheckingRows((s) => {
        const next = new Set(s);
        next.delete(row);
        return next;
      });
    }
  };

  // O(rows): worth keeping across the many renders that progress updates cause.
  const plan = useMemo(() => (review ? buildImportPlan(review, duplicates, actions) : null), [review, duplicates, actions]);
  const blockedBy: string | null = !review
    ? 'notReady'
    : review.errors.size > 0 && !skipErrors
      ? 'errors'
      : duplicateCheck.status === 'checking' || checkingRows.size > 0
        ? 'checking'
        : plan && plan.rows.length + plan.merges.length === 0
          ? 'nothing'
          : null;

  const confirm = async () => {
    if (!plan || blockedBy) return;
    setStep(3);
    const total = plan.rows.length + plan.merges.length;
    setRun({ status: 'running', done: 0, total });
    try {
      const result = await importCustomers(plan.rows, plan.merges, (done, all) => setRun({ status: 'running', done, total: all }), {
        // Names the file on the timeline of each customer a row was merged into.
        label: file.status === 'read' ? file.name : '',
      });
      setRun({ status: 'done', added: result.added, merged: result.merged, leftOut: plan.leftOut });
      notifications.show({
        color: 'teal',
        title: t('run.doneTitle'),
        message: t('run.doneSummary', { added: result.added, merged: result.merged, leftOut: plan.leftOut }),
      });
    } catch (err) {
      // The data layer writes all or nothing: the review stays as it was, ready for another try.
      setRun({ status: 'failed', message: describeError(err, t) });
    }
  };

  // A new mapping or source makes the review stale; the next step validates again.
  const changeMapping = (next: ColumnMapping) => {
    clearReview();
    setMapping(next);
  };
  const changeSource = (next: Source) => {
    clearReview();
    setSource(next);
  };

  const startOver = () => {
    clearReview();
    setFile({ status: 'idle' });
    setMapping([]);
    setStep(0);
  };

  return {
    step, setStep, source, changeSource, file, chooseFile, mapping, changeMapping, validating, validate,
    review, skipErrors, setSkipErrors, checkingRows, fix, duplicateCheck, duplicates, actions, setActions,
    plan, blockedBy, run, confirm, startOver,
  };
}
