import { createContext, useContext } from 'react';
import type { WorkbookHost } from '../../core/host';

export const HostContext = createContext<WorkbookHost | null>(null);

export function useHost(): WorkbookHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost needs a HostContext provider');
  return host;
}
