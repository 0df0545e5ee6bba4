export {
  createDuplicateFinder, type DuplicateCandidate, type DuplicateFinder, type DuplicateKeys, type DuplicateMatch,
  type DuplicateReason,
} from './duplicateFinder';
export { mergeCustomers } from './mergeCustomers';
export { editDistanceWithin } from './editDistance';
