import { createContext, type ReactNode, useContext } from 'react';
import type { SessionSource } from '../source/types.js';

const SourceContext = createContext<SessionSource | null>(null);

/** Props of {@link SessionProvider}. */
export interface SessionProviderProps {
  /** The source the hooks and components below read from and send to. */
  source: SessionSource;
  /** The UI. */
  children?: ReactNode;
}

/** Makes a {@link SessionSource} available to the hooks and components below it. */
export function SessionProvider({ source, children }: SessionProviderProps): ReactNode {
  return <SourceContext.Provider value={source}>{children}</SourceContext.Provider>;
}

/** The source of the nearest {@link SessionProvider}. Throws (a programmer error) outside one. */
export function useSource(): SessionSource {
  const source = useContext(SourceContext);
  if (!source) throw new Error('@intervision/react: wrap your components in <SessionProvider source={…}>');
  return source;
}
