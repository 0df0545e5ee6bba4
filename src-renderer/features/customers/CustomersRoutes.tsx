import type { Route } from '../../app/router';
import { CustomerPage } from './page/CustomerPage';
import { CustomersScreen } from './list/CustomersScreen';
import { ImportWizard } from '../import/ImportWizard';

/** #/customers, #/customers/new, #/customers/import, #/customers/<id>. */
export function CustomersRoutes({ route }: { route: Route }) {
  const [first] = route.params;
  if (first === 'import') return <ImportWizard />;
  if (first === 'new') return <CustomerPage customerId={null} />;
  if (first) return <CustomerPage customerId={first} />;
  return <CustomersScreen segmentId={route.query.get('segment')} />;
}
