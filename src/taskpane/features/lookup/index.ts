export { CclLookup } from './CclLookup';
