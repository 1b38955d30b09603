import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionPage } from './SessionPage.js';
import { Setup } from './Setup.js';
import './styles.css';

/** Two screens: `/` sets a session up, `/s/<id>?as=<participant>` runs it as one viewer. */
function App() {
  const match = /^\/s\/([^/]+)$/.exec(location.pathname);
  if (!match) return <Setup />;
  const as = new URLSearchParams(location.search).get('as') ?? 'observer';
  return <SessionPage sessionId={decodeURIComponent(match[1]!)} as={as} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
