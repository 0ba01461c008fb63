// Slant: subjectivity per sentence and article, loaded words, hedges, genre; the model it scores with; its stage.
export * from './measure.js';
export { readSubjectivityFile, shippedSubjectivity, subjectivityFile, SUBJECTIVITY_FILE, SUBJECTIVITY_FIT_COMMAND, type SubjectivityModel } from './model-file.js';
export * from './stage.js';
