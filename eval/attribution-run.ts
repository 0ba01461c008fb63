// Runs the attribution eval task alone: npx tsx eval/attribution-run.ts
import task from './tasks/attribution.js';
console.table(await task.run());
