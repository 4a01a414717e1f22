// The CDS Hooks 2.0 invariants (HL7 cds-hooks, input/fsh/invariants/, and the cardinalities and
// value sets of input/fsh/logicals/) written here again as FHIRPath, each evaluated on every
// element its `context` selects. Restated in our words; ids are the specification's where it has one.

/** On a CDS Hooks response (`{ cards: [...] }`). */
export const RESPONSE_INVARIANTS = [
  { id: 'cards-present', context: '%resource', expression: 'cards.exists() or %resource.cards.empty()', about: 'cards is always sent (json-empty-behavior: present)' },
  { id: 'cds-resp-1', context: 'cards', expression: "selectionBehavior != 'at-most-one' or suggestions.where(isRecommended = true).count() <= 1", about: 'at-most-one: no more than one recommended suggestion' },
  { id: 'cds-resp-6', context: 'cards', expression: 'suggestions.empty() or selectionBehavior.exists()', about: 'suggestions come with a selectionBehavior' },
  { id: 'card-summary', context: 'cards', expression: 'summary.exists() and summary.length() < 140', about: 'a summary under 140 characters' },
  { id: 'card-indicator', context: 'cards', expression: "indicator in ('info' | 'warning' | 'critical')", about: 'indicator from CDSIndicator' },
  { id: 'card-source', context: 'cards', expression: 'source.label.exists() and source.label.length() > 0', about: 'a source with a label' },
  { id: 'card-selection', context: 'cards', expression: "selectionBehavior.empty() or selectionBehavior in ('at-most-one' | 'any')", about: 'selectionBehavior from CDSSelectionBehavior' },
  { id: 'card-uuid', context: 'cards', expression: "uuid.exists() and uuid.matches('^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')", about: 'a uuid, so feedback can name the card (this library always sends one)' },
  { id: 'cds-resp-4', context: 'cards', expression: 'overrideReasons.all(display.exists() and code.exists())', about: 'every override reason Coding has a display' },
  { id: 'cds-resp-5', context: 'cards.suggestions', expression: 'label.exists() and actions.all(description.exists())', about: 'a label, and every action described' },
  { id: 'cds-resp-7', context: 'cards.suggestions', expression: "actionSelectionBehavior.empty() or actionSelectionBehavior in ('all' | 'any' | 'at-most-one')", about: 'actionSelectionBehavior from its value set' },
  { id: 'action-type', context: 'cards.suggestions.actions', expression: "type in ('create' | 'update' | 'delete')", about: 'action type from CDSActionType' },
  { id: 'cds-resp-2', context: 'cards.suggestions.actions', expression: "type != 'delete' or (resourceId.exists() and resource.empty())", about: 'a delete names a resourceId, not a resource' },
  { id: 'cds-resp-3', context: 'cards.links', expression: "type = 'smart' or appContext.empty()", about: 'appContext only for SMART links' },
  { id: 'link-shape', context: 'cards.links', expression: "label.exists() and url.exists() and type in ('absolute' | 'smart')", about: 'a link has a label, a url and a type' },
];

/** On a feedback request (`{ feedback: [...] }`). */
export const FEEDBACK_INVARIANTS = [
  { id: 'cds-fb-1', context: 'feedback', expression: "outcome in ('accepted' | 'overridden')", about: 'outcome is accepted or overridden' },
  { id: 'cds-fb-2', context: 'feedback', expression: "outcome != 'accepted' or acceptedSuggestions.exists()", about: 'an accepted outcome names its suggestions' },
  { id: 'cds-fb-3', context: 'feedback.overrideReason', expression: 'reason.exists() or userComment.exists()', about: 'an override reason has a reason, a comment, or both' },
  { id: 'feedback-required', context: 'feedback', expression: 'card.exists() and outcomeTimestamp.exists()', about: 'card and outcomeTimestamp are required' },
];

/** On an order-select request: the hook's context model, and the request invariants. */
export const ORDER_SELECT_REQUEST_INVARIANTS = [
  { id: 'hook', context: '%resource', expression: "hook = 'order-select' and hookInstance.exists()", about: 'the hook and an instance id' },
  { id: 'context', context: 'context', expression: "userId.exists() and patientId.exists() and selections.exists() and draftOrders.resourceType = 'Bundle'", about: 'userId, patientId, selections, draftOrders are required' },
  { id: 'selections', context: 'context', expression: "selections.all($this in %resource.context.draftOrders.entry.resource.select(resourceType + '/' + id))", about: 'each selection is an order in draftOrders' },
  { id: 'user-type', context: 'context', expression: "userId.startsWith('Practitioner/') or userId.startsWith('PractitionerRole/')", about: 'the user is a Practitioner or PractitionerRole' },
  { id: 'cds-r-1', context: '%resource', expression: 'fhirAuthorization.empty() or fhirServer.exists()', about: 'fhirAuthorization needs fhirServer' },
  { id: 'cds-r-2', context: 'fhirAuthorization', expression: "scope.contains('patient/').not() or patient.exists()", about: 'patient scopes name the patient' },
];
