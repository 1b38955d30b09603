import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { inClarification } from './fixtures.js';

describe('server rendering', () => {
  it('imports and renders without a window', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const { session } = await inClarification();
    const source = api.createLocalSource(session, { participantId: 'pia' });
    const html = renderToString(
      <api.SessionProvider source={source}>
        <api.PhaseStepper />
        <api.TurnIndicator />
        <api.ContributionComposer />
        <api.FacilitatorControls />
      </api.SessionProvider>,
    );
    expect(html).toContain('aria-current="step"');
    expect(html).toContain('Clarification round');
    expect(html).toContain('Your contribution');
  });

  it('a remote source can be created during server rendering with a view from the server', async () => {
    const { session } = await inClarification();
    const remote = api.createRemoteSource({ url: '/api/sessions/x', viewer: { participantId: 'pia' }, initialView: session.getState() });
    const html = renderToString(
      <api.SessionProvider source={remote}>
        <api.TurnIndicator />
      </api.SessionProvider>,
    );
    expect(remote.getStatus()).toBe('connecting');
    expect(html).toContain('Anyone may speak.');
  });
});
