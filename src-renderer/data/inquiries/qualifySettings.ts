import { qualifyThresholdsSchema, qualifyWeightsSchema, type QualifyThresholds, type QualifyWeights } from '../../../src-shared/inquiry/weights';
import { db } from '../db';
import { InquiryDataError } from './errors';

/**
 * The scorecard's weights and thresholds from Settings (`qualifyWeights`, `qualifyThresholds`).
 * A stored value that no longer passes the engine's schema (an older app wrote it, or the engine
 * gained a signal) is ignored for the defaults rather than breaking every qualification; a
 * partial set of weights is merged over the defaults by the engine.
 */
export async function readQualifySettings(): Promise<{ weights?: Partial<QualifyWeights>; thresholds?: QualifyThresholds }> {
  const [weights, thresholds] = await db.settings.bulkGet(['qualifyWeights', 'qualifyThresholds']);
  const w = qualifyWeightsSchema.partial().safeParse(weights?.value);
  const t = qualifyThresholdsSchema.safeParse(thresholds?.value);
  return { ...(w.success ? { weights: w.data } : {}), ...(t.success ? { thresholds: t.data } : {}) };
}

export interface QualifySettingsChange {
  /** A full set (the editor shows them all); null goes back to DEFAULT_WEIGHTS. */
  weights?: QualifyWeights | null;
  /** null goes back to DEFAULT_THRESHOLDS. */
  thresholds?: QualifyThresholds | null;
}

/**
 * Stores new weights and/or thresholds, checked with the engine's schemas. Throws
 * InquiryDataError('invalidQualifySettings', { field }) and stores nothing when one is not valid.
 */
export async function storeQualifySettings(change: QualifySettingsChange): Promise<void> {
  if (change.weights) {
    const parsed = qualifyWeightsSchema.safeParse(change.weights);
    if (!parsed.success) throw invalid('weights', parsed.error.issues[0]?.path.join('.') ?? '');
  }
  if (change.thresholds) {
    const parsed = qualifyThresholdsSchema.safeParse(change.thresholds);
    if (!parsed.success) throw invalid('thresholds', parsed.error.issues[0]?.path.join('.') ?? '');
  }
  await db.transaction('rw', db.settings, async () => {
    if (change.weights !== undefined) {
      if (change.weights === null) await db.settings.delete('qualifyWeights');
      else await db.settings.put({ key: 'qualifyWeights', value: change.weights });
    }
    if (change.thresholds !== undefined) {
      if (change.thresholds === null) await db.settings.delete('qualifyThresholds');
      else await db.settings.put({ key: 'qualifyThresholds', value: change.thresholds });
    }
  });
}

function invalid(which: 'weights' | 'thresholds', path: string): InquiryDataError {
  const field = path ? `${which}.${path}` : which;
  return new InquiryDataError('invalidQualifySettings', `Invalid ${field}`, { field });
}
