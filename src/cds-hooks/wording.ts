import type { Language } from '../core/schemas/common.js';

/** The service's own words (cards' words come from the core). Plain text: never markdown. */
export const SERVICE_WORDING: Record<
  Language,
  {
    removeLdnOrder: string;
    removeOrder: string;
    deleteDraft: (reference: string) => string;
    notPrefetched: (keys: string) => string;
    unread: (count: number, first: string) => string;
    selectionNotFound: (reference: string) => string;
    namelessOrder: (reference: string) => string;
    internalError: string;
  }
> = {
  en: {
    removeLdnOrder: 'Remove the naltrexone (LDN) order',
    removeOrder: 'Remove this draft order',
    deleteDraft: (reference) => `Delete the draft order ${reference}`,
    notPrefetched: (keys) => `The EHR did not send the patient data this service needs (prefetch: ${keys}).`,
    unread: (count, first) =>
      `${count} ${count === 1 ? 'entry' : 'entries'} of the patient data could not be read (first: ${first}).`,
    selectionNotFound: (reference) => `The selected order ${reference} is not in draftOrders.`,
    namelessOrder: (reference) =>
      `The selected order ${reference} names its medicine only by a code this service cannot read.`,
    internalError: 'The check failed inside the service.',
  },
  es: {
    removeLdnOrder: 'Quitar la orden de naltrexona (LDN)',
    removeOrder: 'Quitar esta orden en borrador',
    deleteDraft: (reference) => `Borrar la orden en borrador ${reference}`,
    notPrefetched: (keys) =>
      `El expediente no envió los datos del paciente que este servicio necesita (prefetch: ${keys}).`,
    unread: (count, first) =>
      `No se ${count === 1 ? 'pudo' : 'pudieron'} leer ${count} ${count === 1 ? 'entrada' : 'entradas'} de los datos del paciente (primera: ${first}).`,
    selectionNotFound: (reference) => `La orden seleccionada ${reference} no está en draftOrders.`,
    namelessOrder: (reference) =>
      `La orden seleccionada ${reference} nombra su medicamento solo con un código que este servicio no puede leer.`,
    internalError: 'La verificación falló dentro del servicio.',
  },
};
