import type { Route } from '../../../app/router';
import { TemplatesRoutes } from '../templates/TemplatesRoutes';
import { ComposeScreen } from './ComposeScreen';

/** #/letters and #/letters/templates/<id>: the templates; #/letters/compose?…: the composer. */
export function LettersRoutes({ route }: { route: Route }) {
  const [first] = route.params;
  if (first === 'compose') return <ComposeScreen query={route.query} />;
  return <TemplatesRoutes params={route.params} />;
}
