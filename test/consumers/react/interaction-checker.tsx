// README: "React 19" — the snippets there are this file's code (test/dist/readme-snippets.test.mjs).
// #region react-uncontrolled
import { useState } from 'react';
import 'ldn-widgets';
import type {} from 'ldn-widgets/react';

/** Uncontrolled: the page gives the starting list; the person's additions stay across re-renders. */
export function MedicineCheck() {
  const [avoid, setAvoid] = useState(0);
  return (
    <>
      <ldn-interaction-checker
        medications={['Vicodin', 'Copaxone']}
        conditions={['pregnancy']}
        onldn-interactions-change={(event) =>
          setAvoid(event.detail.findings.filter((finding) => finding.severity === 'avoid').length)
        }
      />
      <p>Findings to avoid: {avoid}</p>
    </>
  );
}
// #endregion react-uncontrolled

// #region react-controlled
/** Controlled: the parent owns the list and takes the whole state from every change event. */
export function ControlledMedicineCheck() {
  const [medications, setMedications] = useState<readonly string[]>(['Vicodin']);
  return (
    <>
      <ldn-interaction-checker
        medications={medications}
        onldn-interactions-change={(event) => setMedications(event.detail.medications)}
      />
      <p>On the list: {medications.join(', ')}</p>
      <button type="button" onClick={() => setMedications([])}>
        Clear the list
      </button>
    </>
  );
}
// #endregion react-controlled
