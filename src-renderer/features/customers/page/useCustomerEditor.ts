import type { Dispatch } from 'react';
import { useCallback, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../src-shared/customer/customer';
import { validateCustomer } from '../../../../src-shared/customer/validateCustomer';
import { createCustomer, updateCustomer } from '../../../data';
import { useLevelScale } from '../../settings/levelScale';
import type { CustomerDraft, DraftAction } from './customerDraft';
import { defaultLevel, draftFromCustomer, draftReducer, inputFromDraft, newCustomerDraft, sameDraft, toDraftPath } from './customerDraft';
import { describeError } from '../../../app/describeError';
import type { FieldIssue } from './FieldErrors';

export interface CustomerEditor {
  draft: CustomerDraft;
  dispatch: Dispatch<DraftAction>;
  /** Field problems, shown from the first save attempt on and re-checked as the user types. */
  issues: FieldIssue[];
  /** A translated failure from the book itself (DataError), shown above the form. */
  storeError: string | null;
  saving: boolean;
  dirty: boolean;
  /** Validates, then stores. Resolves to the stored customer's id, or null when nothing was saved. */
  save: () => Promise<string | null>;
  /** Starts over from the stored record (or a blank one). */
  reset: (base: Customer | null) => void;
}

/** The form's state and its one way into the book: validate everything, then write. */
export function useCustomerEditor(base: Customer | null): CustomerEditor {
  const { t } = useTranslation(['customerPage', 'common', 'data']);
  const levels = useLevelScale();
  const [rawInitial, setInitial] = useState(() => (base ? draftFromCustomer(base) : newCustomerDraft()));
  const [rawDraft, rawDispatch] = useReducer(draftReducer, rawInitial);
  // The level scale is read from Settings and may arrive after the first render: a new
  // customer's level is resolved against the scale in use, not fixed at mount.
  const withLevel = useCallback(
    (d: CustomerDraft) => (d.level ? d : { ...d, level: defaultLevel(levels) }),
    [levels],
  );
  const draft = useMemo(() => withLevel(rawDraft), [withLevel, rawDraft]);
  const initial = useMemo(() => withLevel(rawInitial), [withLevel, rawInitial]);
  const [attempted, setAttempted] = useState(false);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const check = useCallback(
    (d: CustomerDraft) => {
      const { input, contactIndex } = inputFromDraft(d, base);
      const result = validateCustomer(input, { levels });
      const issues: FieldIssue[] = result.ok
        ? []
        : result.errors.map((e) => ({ ...e, field: toDraftPath(e.field, contactIndex) }));
      return { input, issues };
    },
    [base, levels],
  );

  const issues = useMemo(() => (attempted ? check(draft).issues : []), [attempted, check, draft]);

  const dispatch = useCallback((action: DraftAction) => {
    setStoreError(null);
    rawDispatch(action);
  }, []);

  const save = useCallback(async (): Promise<string | null> => {
    setAttempted(true);
    setStoreError(null);
    const { input, issues: found } = check(draft);
    if (found.length > 0) return null;
    setSaving(true);
    try {
      if (base) {
        const { id: _id, ...patch } = input;
        await updateCustomer(base.id, patch);
        return base.id;
      }
      const created = await createCustomer(input);
      return created.id;
    } catch (err) {
      // Nothing was stored; the draft stays as typed so the salesperson can retry.
      setStoreError(describeError(err, t));
      return null;
    } finally {
      setSaving(false);
    }
  }, [base, check, draft, t]);

  const reset = useCallback(
    (next: Customer | null) => {
      const fresh = next ? draftFromCustomer(next) : newCustomerDraft();
      setInitial(fresh);
      rawDispatch({ type: 'reset', draft: fresh });
      setAttempted(false);
      setStoreError(null);
    },
    [],
  );

  const dirty = useMemo(() => !sameDraft(draft, initial), [draft, initial]);

  return { draft, dispatch, issues, storeError, saving, dirty, save, reset };
}
