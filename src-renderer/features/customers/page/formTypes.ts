import type { Dispatch } from 'react';
import type { CustomerDraft, DraftAction } from './customerDraft';
import type { FieldIssue } from './FieldErrors';

/** What every section of the customer form receives. */
export interface FormSectionProps {
  draft: CustomerDraft;
  dispatch: Dispatch<DraftAction>;
  /** Problems at draft paths; empty until the first save attempt. */
  issues: readonly FieldIssue[];
}
