import { concepts } from './concept';
export const CLAUSE_CONCEPTS = concepts({});
