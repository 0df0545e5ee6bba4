import { ExistingCustomerPage } from './ExistingCustomerPage';
import { NewCustomerPage } from './NewCustomerPage';

/**
 * #/customers/new (customerId null) and #/customers/<id>. The key makes each customer a fresh
 * page: moving from one record to another (or from "new" to the saved record) never carries a
 * half-edited form along.
 */
export function CustomerPage({ customerId }: { customerId: string | null }) {
  if (customerId === null) return <NewCustomerPage key="new" />;
  return <ExistingCustomerPage key={customerId} id={customerId} />;
}
