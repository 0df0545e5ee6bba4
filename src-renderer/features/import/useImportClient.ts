import { useEffect, useState } from 'react';
import { ImportClient } from './importClient';

/** One import worker per wizard visit; it ends when the wizard closes, taking the parsed file with it. */
export function useImportClient(): ImportClient {
  const [client] = useState(() => new ImportClient());
  useEffect(() => () => client.dispose(), [client]);
  return client;
}
