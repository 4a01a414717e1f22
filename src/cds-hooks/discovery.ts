import { ORDER_SELECT_SERVICE_ID, PATIENT_VIEW_SERVICE_ID, PREFETCH } from './config.js';

export interface CdsServiceDescription {
  hook: string;
  id: string;
  title: string;
  description: string;
  prefetch: Record<string, string>;
  usageRequirements?: string;
}

/** `GET /cds-services`: both services with their prefetch templates. */
export function discovery(): { services: CdsServiceDescription[] } {
  const usageRequirements =
    'Send every prefetch key: the service makes no FHIR requests of its own, and answers "could not check" without them.';
  return {
    services: [
      {
        hook: 'order-select',
        id: ORDER_SELECT_SERVICE_ID,
        title: 'Low-dose naltrexone (LDN) interaction check',
        description:
          "Checks a drafted LDN order against the patient's medicines and conditions, and a drafted medicine against LDN the patient takes, with the same rules and sources as the patient-facing checker.",
        prefetch: { ...PREFETCH },
        usageRequirements,
      },
      {
        hook: 'patient-view',
        id: PATIENT_VIEW_SERVICE_ID,
        title: 'Low-dose naltrexone (LDN) summary',
        description: "For a patient on LDN: what in the patient's medicines and conditions conflicts with it.",
        prefetch: { ...PREFETCH },
        usageRequirements,
      },
    ],
  };
}
