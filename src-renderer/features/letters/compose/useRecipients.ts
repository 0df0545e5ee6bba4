import { useEffect, useState } from 'react';
import type { Customer } from '../../../../src-shared/customer/customer';
import { db, getCustomersByIds, queryBookIds } from '../../../data';
import { handedOverSelection } from './selectionHandoff';

/** Where the recipients come from: the address says which (#/letters/compose?customer=…). */
export type RecipientSource =
  | { kind: 'customer'; id: string }
  | { kind: 'segment'; id: string }
  | { kind: 'selection' }
  | { kind: 'none' };

export function sourceFromQuery(query: URLSearchParams): RecipientSource {
  const customer = query.get('customer');
  if (customer) return { kind: 'customer', id: customer };
  const segment = query.get('segment');
  if (segment) return { kind: 'segment', id: segment };
  if (query.get('selection') === '1') return { kind: 'selection' };
  return { kind: 'none' };
}

export type Recipients =
  | { status: 'loading' }
  /** The customer, segment or hand-over is gone (deleted, or the window was reloaded). */
  | { status: 'missing' }
  | { status: 'ready'; customers: Customer[]; /** The segment's name or the customer's company. */ name: string };

/** The customers the letters go to, in the order of the list they came from. */
export function useRecipients(source: RecipientSource): Recipients {
  const key = JSON.stringify(source);
  const [state, setState] = useState<{ key: string; recipients: Recipients }>({ key, recipients: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    loadRecipients(JSON.parse(key) as RecipientSource).then(
      (recipients) => live && setState({ key, recipients }),
      (error: unknown) => {
        console.error('Reading the recipients failed', error);
        if (live) setState({ key, recipients: { status: 'missing' } });
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state.key === key ? state.recipients : { status: 'loading' };
}

async function loadRecipients(source: RecipientSource): Promise<Recipients> {
  switch (source.kind) {
    case 'customer': {
      const customer = await db.customers.get(source.id);
      return customer ? { status: 'ready', customers: [customer], name: customer.company } : { status: 'missing' };
    }
    case 'segment': {
      const segment = await db.segments.get(source.id);
      if (!segment) return { status: 'missing' };
      const { ids } = await queryBookIds(segment.filter, { key: 'company', dir: 'asc' });
      return { status: 'ready', customers: await getCustomersByIds(ids), name: segment.name };
    }
    case 'selection': {
      const ids = handedOverSelection();
      if (!ids || ids.length === 0) return { status: 'missing' };
      return { status: 'ready', customers: await getCustomersByIds(ids), name: '' };
    }
    case 'none':
      return { status: 'missing' };
  }
}
