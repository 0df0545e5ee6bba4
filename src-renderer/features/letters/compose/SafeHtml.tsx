import { Box } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useEffect, useRef } from 'react';
import { sanitizeHtml } from './sanitizeHtml';

/**
 * Rendered letter HTML, shown safely (see sanitizeHtml). Links do not navigate the app's window:
 * a preview is for reading.
 */
export function SafeHtml({ html, testId }: { html: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(sanitizeHtml(html));
  }, [html]);
  const stopLinks = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
  };
  return <Box ref={ref} onClick={stopLinks} fz="sm" style={{ lineHeight: 1.55, overflowWrap: 'anywhere' }} data-testid={testId} />;
}
