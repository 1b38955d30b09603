import { useSession } from '@intervision/react';
import { useId } from 'react';

/** Switches this browser to another viewer, to see what each participant sees. */
export function ViewerSwitch() {
  const { view, viewer } = useSession();
  const id = useId();
  if (!view) return null;
  const current = 'participantId' in viewer ? viewer.participantId : 'observer';
  return (
    <p>
      <label htmlFor={id}>Viewing as</label>{' '}
      <select id={id} value={current} onChange={(e) => location.assign(`${location.pathname}?as=${encodeURIComponent(e.target.value)}`)}>
        {view.participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name ?? p.id} ({p.roles.join(', ')})
          </option>
        ))}
        <option value="observer">Observer</option>
      </select>
    </p>
  );
}
