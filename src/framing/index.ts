// Framing across the articles of a story: per article, the shared claims it leads with and leaves out, the details only
// it gives, and the words it names the shared actors with (naming variants); its stage.
export { frameArticles } from './framing.js';
export { COUNTRIES, countryMentions, countryOf, type Country, type CountryMention } from '../core/countries.js';
export { nameGroups, type NameGroup, type NamedMention } from './naming.js';
export * from './stage.js';
