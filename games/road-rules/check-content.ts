import type { ContentPack, PackProblem } from '../../src/sdk';
import type { DriveStage, QuizStage, RoadRulesContent } from './content-schema';
import { brakeTestSolvable } from './rules/brake-test';
import { reactionDistanceRule, stoppingDistanceRule } from './rules/distances';
import { junctionSign } from './rules/priority';
import { crossingEdges, stopLine } from './rules/route';
import { maxPointsPerSeat, STAGE_POINTS, stagesPerRound } from './rules/scoring';
import { findCleanDrive } from './rules/solver';

/** The reaction time a brake test must allow for: one second, as the French rule of thumb says. */
export const FAIR_REACTION_S = 1;

/**
 * What the schema cannot see (objectives, sources and repeated ids are the pack checker's, from
 * the game's `items`): the route's pieces fit in order, every drive stage can be driven without a
 * mistake (a careful driver is searched for), every brake test can be won with a one-second
 * reaction, a distance question's right answer says the rule-of-thumb number, and
 * `maxPointsPerSeat` is exact.
 */
export function checkRoadRulesContent(pack: ContentPack<RoadRulesContent>): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.data.stages.forEach((stage, i) => {
    const at = `data.stages[${i}]`;
    if (stage.kind === 'drive') problems.push(...checkDrive(stage, at));
    if (stage.kind === 'quiz') problems.push(...checkQuiz(stage, at));
    if (stage.kind === 'brake' && !brakeTestSolvable(stage, FAIR_REACTION_S)) {
      problems.push({ path: `${at}.obstacleM`, message: `at ${stage.speedKmh} km/h on a ${stage.road} road even a ${FAIR_REACTION_S} s reaction cannot stop within ${stage.obstacleM} m: move the obstacle further` });
    }
  });
  const expected = maxPointsPerSeat(pack.data);
  if (pack.maxPointsPerSeat !== expected) {
    problems.push({ path: 'maxPointsPerSeat', message: `must be ${expected} (${stagesPerRound(pack.data)} stages × ${STAGE_POINTS} points at most), not ${pack.maxPointsPerSeat}` });
  }
  return problems;
}

function checkDrive(stage: DriveStage, at: string): PackProblem[] {
  const problems: PackProblem[] = [];
  stage.signs.forEach((sign, i) => {
    if (sign.atM >= stage.lengthM) problems.push({ path: `${at}.signs[${i}].atM`, message: `the sign stands at ${sign.atM} m, past the end of the route (${stage.lengthM} m)` });
  });
  const junction = stage.junction;
  if (junction) {
    if (junction.atM + 15 > stage.lengthM) problems.push({ path: `${at}.junction.atM`, message: `leave at least 15 m of route after the junction (it ends at ${stage.lengthM} m)` });
    const allowed = junction.exits.filter((way) => !junction.forbidden.includes(way));
    if (allowed.length === 0) problems.push({ path: `${at}.junction.forbidden`, message: 'every exit is forbidden: the seat could not go on' });
    junction.forbidden.forEach((way, i) => {
      if (!junction.exits.includes(way)) problems.push({ path: `${at}.junction.forbidden[${i}]`, message: `"${way}" is not an exit of this junction` });
    });
    if ((junction.kind === 'lights') !== (junction.light !== undefined)) {
      problems.push({ path: `${at}.junction`, message: junction.kind === 'lights' ? 'a lights junction needs its "light"' : 'only a "lights" junction has a "light"' });
    }
    const sign = junctionSign(junction.kind);
    if (sign && sign !== 'R11v' && !stage.signs.some((placed) => placed.code === sign && placed.atM <= stopLine(junction))) {
      problems.push({ path: `${at}.signs`, message: `a "${junction.kind}" junction needs its ${sign} sign beside the route before the line` });
    }
  }
  if (stage.crossing) {
    const { near, far } = crossingEdges(stage.crossing);
    if (far + 5 > stage.lengthM) problems.push({ path: `${at}.crossing.atM`, message: 'the crossing is too close to the end of the route' });
    if (junction && far > stopLine(junction) - 8) problems.push({ path: `${at}.crossing.atM`, message: `put the crossing at least 8 m before the junction's line (${stopLine(junction)} m)` });
    if (stage.crossing.pedestrians.some((walker) => walker.triggerM > near)) {
      problems.push({ path: `${at}.crossing.pedestrians`, message: 'a pedestrian is triggered before the start of the route: lower its triggerM' });
    }
  }
  if (problems.length === 0 && !findCleanDrive(stage)) {
    problems.push({ path: at, message: 'no careful way to drive this stage without a mistake was found (try later traffic, earlier pedestrians or a longer time limit)' });
  }
  return problems;
}

function checkQuiz(stage: QuizStage, at: string): PackProblem[] {
  const problems: PackProblem[] = [];
  if (!stage.sign && !stage.prompt) problems.push({ path: at, message: 'a question with no sign needs a prompt' });
  const distance = stage.distance;
  if (distance) {
    const metres = distance.ask === 'reaction' ? reactionDistanceRule(distance.kmh) : stoppingDistanceRule(distance.kmh, distance.road);
    const shown = String(Math.round(metres));
    const right = stage.choices[stage.answer]!;
    for (const language of ['fr', 'en'] as const) {
      if (!new RegExp(`(^|\\D)${shown}(\\D|$)`).test(right[language])) {
        problems.push({ path: `${at}.choices[${stage.answer}].${language}`, message: `the right answer should say ${shown} m (the rule of thumb for ${distance.kmh} km/h, ${distance.road} road)` });
      }
    }
  }
  return problems;
}
