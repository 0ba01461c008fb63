// `triangulate subjectivity`: sentences {text} as JSON lines on stdin -> {score, subjective} a line, from the slant
// stage's subjectivity model (the shipped one, or --subjectivity-model).
import type { Command } from 'commander';
import { sentenceSubjectivity, shippedSubjectivity, type SubjectivityModel } from '../../slant/index.js';
import type { CliContext, RegisterCommand } from '../context.js';
import { SUBJECTIVITY_MODEL_HELP, subjectivityModelFrom } from '../model-flags.js';
import { answerLines } from '../stdin-lines.js';

const SENTENCE = {
  shape: '{"text": string}',
  rule: 'bad-sentence',
  check: (row: unknown): string | null => {
    const text = (row as { text?: unknown } | null)?.text;
    return typeof text === 'string' ? text : null;
  },
};

async function run(ctx: CliContext, flags: { subjectivityModel?: SubjectivityModel }): Promise<void> {
  const model = flags.subjectivityModel ?? shippedSubjectivity();
  await answerLines(ctx, SENTENCE, (text) => {
    // Scored as the eval scores CheckThat! sentences: the sentence alone, words in quotation marks the speaker's.
    const score = sentenceSubjectivity(text, model);
    return { score: Math.round(score * 1000) / 1000, subjective: score >= model.threshold };
  });
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('subjectivity')
    .description(
      "Score sentences with the slant stage's subjectivity model: reads JSON lines {\"text\": \"...\"} on stdin, writes {\"score\", \"subjective\"} a line " +
        "(score = probability, 0..1, that the sentence gives the writer's judgement rather than reports; subjective = score reaches the model's threshold). " +
        'Exit 1 if any line was not {"text": string}.',
    )
    .option('--subjectivity-model <file>', SUBJECTIVITY_MODEL_HELP, subjectivityModelFrom(ctx))
    .action(async (flags: { subjectivityModel?: SubjectivityModel }) => run(ctx, flags));
};
