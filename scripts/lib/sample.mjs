// The one set of answers the measurement scripts send: the body of the bench's POST /api/plan,
// and the shared plan Lighthouse measures. A withdrawal with the door kept open, so the plan
// carries every kind of script.
export const SAMPLE_SITUATION = {
  stage: 'after',
  progress: 'interviewed',
  reasons: ['role-mismatch'],
  certainty: 'certain',
  keepDoorOpen: true,
  details: { contactName: 'Dana', role: 'Analyst', positives: 'the roadmap' },
}
