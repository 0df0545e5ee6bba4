import type { Route } from '../../app/router';
import { AddInquiryScreen } from './add/AddInquiryScreen';
import { InboxScreen } from './inbox/InboxScreen';
import { InquiryPage } from './page/InquiryPage';

/** #/inquiries (the queue, ?show=unqualified|overdue), #/inquiries/new, #/inquiries/<id>. */
export function InquiriesRoutes({ route }: { route: Route }) {
  const [first] = route.params;
  if (first === 'new') return <AddInquiryScreen />;
  if (first) return <InquiryPage inquiryId={first} />;
  return <InboxScreen show={route.query.get('show')} />;
}
