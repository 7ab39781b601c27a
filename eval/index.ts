/** `npm run eval`: prints EARmark's quality figures (recall, false positives, …). */
import { runScreeningEval } from './screeningEval';

console.log('# EARmark evaluations');
runScreeningEval();
