import { TemplateEditorPage } from './editor/TemplateEditorPage';
import { TemplateList } from './list/TemplateList';

/** #/letters (the template list), #/letters/templates/new and #/letters/templates/<id>. */
export function TemplatesRoutes({ params }: { params: string[] }) {
  const [first, id] = params;
  // The key makes each template a fresh editor: switching never carries a half-edited draft along.
  if (first === 'templates' && id) return <TemplateEditorPage key={id} id={id} />;
  return <TemplateList />;
}
