/** `npm run eval`: prints EARmark's quality figures (recall, false positives, …). */
import { runClassificationEval } from './classificationEval';
import { runScreeningEval } from './screeningEval';

console.log('# EARmark evaluations');
runScreeningEval();
runClassificationEval();
