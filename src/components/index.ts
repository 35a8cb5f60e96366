/** Everything a chapter may use: `import { Figure, Cite, … } from '~/components';` */
export { default as ChapterList } from './ChapterList.astro';
export { default as Cite } from './Cite.astro';
export { default as DatasetList } from './DatasetList.astro';
export { default as ClaimLedger } from './ClaimLedger.astro';
export { default as Correction } from './Correction.astro';
export { default as Exercise } from './Exercise.astro';
export { default as Figure } from './Figure.astro';
export { default as GlossaryList } from './GlossaryList.astro';
export { default as Goals } from './Goals.astro';
export { default as Bibliography } from './Bibliography.astro';
export { default as Note } from './Note.astro';
export { default as Solution } from './Solution.astro';
export { default as Takeaway } from './Takeaway.astro';
export { default as ReasoningClaimLedger } from './ReasoningClaimLedger.astro';
export { default as VerdictKey } from './VerdictKey.astro';
