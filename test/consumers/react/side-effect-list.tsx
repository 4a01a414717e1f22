// README: "React 19" — the snippet there is this file's code (test/dist/readme-snippets.test.mjs).
// #region react-side-effects
import { useState } from 'react';
import 'ldn-widgets/side-effect-list.js';
import type {} from 'ldn-widgets/react';

/** The page marks nausea to start with; the person's own marks stay when the parent re-renders. */
export function SideEffects() {
  const [marked, setMarked] = useState<string[]>([]);
  return (
    <>
      <ldn-side-effect-list
        selected={['nausea']}
        onldn-side-effect-toggle={(event) => setMarked(event.detail.selectedIds)}
      />
      <p>To discuss: {marked.join(', ')}</p>
    </>
  );
}
// #endregion react-side-effects
