// V8's tiering for a command-line run. V8 sends a function to its optimising compiler (TurboFan) once the function has
// run a budget of bytecode (--interrupt-budget, 66 KiB in Node 20). An analysis runs many functions only a few times, so
// at the default budget TurboFan compiles a great many of them that never repay it: in the seed analysis it took about a
// fifth of the CPU time. Eight times the budget optimises only the functions that stay hot. Measured with
// /usr/bin/time, best/median of 6 runs interleaved with the old bin on the 2-core machine:
// the examples corpus 2.25/2.33 -> 1.84/1.91 s CPU; 240 NeuS articles 4.13/4.14 -> 3.23/3.40 s CPU. The dossiers
// are byte-identical: tiering never changes what the code computes.
// Set before the bundle is compiled, and the same way where its code cache is written (bundle.js): V8 refuses a code
// cache made under other flags. A budget the user gives node (node --interrupt-budget=… bin/triangulate.js) stays theirs.
import v8 from 'node:v8';

/** Bytes of bytecode a function runs before V8 optimises it: eight times Node 20's default. */
export const INTERRUPT_BUDGET = 8 * 67584;

/** The flags this process runs with (for TRIANGULATE_DEBUG=start); empty when the user chose a budget. */
export function tuneV8() {
  if (process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) return [];
  const flags = [`--interrupt-budget=${INTERRUPT_BUDGET}`];
  v8.setFlagsFromString(flags.join(' '));
  return flags;
}
