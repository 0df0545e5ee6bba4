import { requalifyInquiries } from './inquiries';
import { type QualifySettingsChange, storeQualifySettings } from './qualifySettings';

/**
 * Settings → Qualification saves here: stores the weights and/or thresholds, then qualifies the
 * inquiries not yet confirmed again, so the inbox shows their new scores and levels at once.
 * Confirmed inquiries keep the qualification they were confirmed on. Returns how many changed.
 */
export async function saveQualifySettings(change: QualifySettingsChange, now = Date.now()): Promise<number> {
  await storeQualifySettings(change);
  return requalifyInquiries(now);
}
