import { useLiveQuery } from 'dexie-react-hooks';
import { type InquiryRecord, listArchivedInquiries } from '../../../data';

/** Archived inquiries, most recently archived first; read only while the Archived tab is open. */
export function useArchived(enabled: boolean): InquiryRecord[] | undefined {
  return useLiveQuery(() => (enabled ? listArchivedInquiries() : Promise.resolve([])), [enabled]);
}
