import { concepts } from './concept';
export const SPEAKER_CONCEPTS = concepts({});
