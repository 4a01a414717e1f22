// Each line below must be a type error: if the types stopped catching it, `tsc` fails on the
// unused @ts-expect-error.
import 'ldn-widgets';
import type {} from 'ldn-widgets/react';

export const wrong = (
  <>
    {/* @ts-expect-error medications is a list of names, not a number */}
    <ldn-interaction-checker medications={42} />
    {/* @ts-expect-error the detail has findings, medications and conditions only */}
    <ldn-interaction-checker onldn-interactions-change={(event) => event.detail.nothing} />
    {/* @ts-expect-error category is one of all, sleep, digestive, other */}
    <ldn-side-effect-list category="skin" />
    {/* @ts-expect-error target-dose is a number */}
    <ldn-dose-card targetDose="4.5" />
  </>
);
