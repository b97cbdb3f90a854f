// The pure rules of road-rules, in one place for the scenes and the tests: signs and their
// drawing, who has priority, the car, the world around it, the infringements, the stopping
// distances, and points and evidence. Nothing here needs Phaser or a browser.

export { SIGNS, SIGN_CODES, SIGN_FAMILIES, isSignCode, signFamily, signLabel, signTakesSpeed, isSignSpeed } from './rules/signs';
export type { SignCode, SignFamily, SignRef } from './rules/signs';
export { signArt, SIGN_COLOURS } from './rules/sign-art';
export type { SignShape, LightLamp } from './rules/sign-art';
export { whoGoesFirst, pathsConflict, requiresFullStop, junctionSign, JUNCTION_KINDS, APPROACHES, WAYS } from './rules/priority';
export type { JunctionKind, Approach, Way, LightPhase, PriorityAnswer } from './rules/priority';
export { stepCar, cruise, pedalsFrom, isStopped, STEP_MS, CAR_DYNAMICS } from './rules/car';
export type { CarState, Pedals } from './rules/car';
export { DriveWorld, walkerHasPriority, PRIORITY_GAP_S, WALK_ACROSS_M } from './rules/drive-world';
export type { CarSample, OtherCar, Walker, LightState } from './rules/drive-world';
export { InfringementJudge, judgeTrace, couldStopAtAmber, shownKmh, INFRINGEMENT_KINDS, SPEEDING_GRACE_MS } from './rules/infringements';
export type { Infringement, InfringementKind, DriveVerdict } from './rules/infringements';
export { limitStretches, limitAt, stretchAt } from './rules/speed-limits';
export type { LimitStretch } from './rules/speed-limits';
export {
  CAR_BRAKING,
  brakingDistance,
  kmhToMps,
  mpsToKmh,
  reactionDistance,
  reactionDistanceRule,
  shownMetres,
  stoppingDistance,
  stoppingDistanceRule,
} from './rules/distances';
export type { RoadState } from './rules/distances';
export { BrakeJudge, FreshPress, brakeLayout, brakeLesson, brakeTestSolvable } from './rules/brake-test';
export type { BrakeResult, BrakeSample } from './rules/brake-test';
export {
  STAGE_POINTS,
  answerOrder,
  choiceOfButton,
  maxPointsPerSeat,
  objectiveIdOf,
  roundStages,
  stageEvidence,
  stageMet,
  stagePoints,
  stagesPerRound,
} from './rules/scoring';
export type { StageOutcome } from './rules/scoring';
export { allowedWays, drivePolicy, findCleanDrive } from './rules/solver';
export { SeatBrake, SeatDrive } from './rules/seat-drive';
export type { DrivePolicy } from './rules/solver';
export {
  CAR_LENGTH_M,
  CAR_WIDTH_M,
  CROSSING_HALF_M,
  LANE_M,
  ROAD_HALF_M,
  boxExit,
  boxStart,
  crossingEdges,
  defaultWay,
  otherCarPose,
  seatPose,
  stopLine,
} from './rules/route';
export type { Pose } from './rules/route';
