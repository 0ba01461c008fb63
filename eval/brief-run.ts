import task from './tasks/brief.js';
console.table(await task.run());
