import { QuizScene } from './quiz-scene';

/** The scenes of quiz-duel; the first starts the round. */
export default [QuizScene];
