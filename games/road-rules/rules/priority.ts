// Who goes first at a junction, seen from the seat's car (it always arrives from the south, heading
// north). The Code de la route: priority to the right where nothing else is signed (R415-5); STOP
// (R415-6) and "cédez le passage" (R415-7) give way to the other roads; a priority road (AB6, or
// AB2 for one junction) makes the side roads give way; lights decide where they work.

export const JUNCTION_KINDS = ['unsigned', 'ab1', 'ab2', 'ab6', 'stop', 'yield', 'lights'] as const;
/**
 * - `unsigned`: no sign, priority to the right;
 * - `ab1`: the AB1 sign announces a priority-to-the-right junction;
 * - `ab2`, `ab6`: the seat is on the road with priority (AB2 for this junction, AB6 priority road);
 * - `stop`, `yield`: the seat faces a STOP (AB4) or a "cédez le passage" (AB3a);
 * - `lights`: traffic lights.
 */
export type JunctionKind = (typeof JUNCTION_KINDS)[number];

/** Where another vehicle comes from, as the seat sees it. */
export const APPROACHES = ['left', 'right', 'ahead'] as const;
export type Approach = (typeof APPROACHES)[number];

export const WAYS = ['left', 'straight', 'right'] as const;
export type Way = (typeof WAYS)[number];

export type LightPhase = 'green' | 'amber' | 'red';

export interface PriorityQuestion {
  kind: JunctionKind;
  /** Where the other vehicle comes from. */
  from: Approach;
  /** Where the seat goes. */
  seatWay: Way;
  /** Where the other vehicle goes; straight on unless told. */
  otherWay?: Way;
  /** At a `lights` junction, what the seat's light shows. */
  seatLight?: LightPhase;
}

/** `seat`: the seat may go first; `other`: the seat gives way; `none`: their paths do not cross. */
export type PriorityAnswer = 'seat' | 'other' | 'none';

/**
 * Do the two paths cross or merge inside the junction? Both drive on the right (France), so a
 * vehicle heading north uses the east half of the road, one heading west the north half, and so on.
 */
export function pathsConflict(from: Approach, seatWay: Way, otherWay: Way): boolean {
  switch (from) {
    case 'ahead':
      // Facing each other: a left turn crosses the other's path unless both turn left.
      return seatWay === 'left' ? otherWay !== 'left' : otherWay === 'left';
    case 'right':
      // A right turn stays in the seat's corner; a left turn never meets a car turning to its right.
      if (seatWay === 'right') return false;
      return !(seatWay === 'left' && otherWay === 'right');
    case 'left':
      // A car from the left turning right stays in its corner; the seat's right turn merges only
      // with the car from the left going straight on.
      if (otherWay === 'right') return false;
      if (seatWay === 'right') return otherWay === 'straight';
      return true;
  }
}

/** Between two vehicles facing each other, the one turning left gives way (it cuts the other's path). */
function oncoming(seatWay: Way, otherWay: Way): PriorityAnswer {
  if (!pathsConflict('ahead', seatWay, otherWay)) return 'none';
  if (seatWay === 'left') return 'other';
  return 'seat';
}

/** Who goes first at this junction, for this pair of vehicles. */
export function whoGoesFirst(question: PriorityQuestion): PriorityAnswer {
  const otherWay = question.otherWay ?? 'straight';
  const { kind, from, seatWay } = question;
  if (kind === 'lights') {
    const light = question.seatLight ?? 'red';
    if (light !== 'green') return pathsConflict(from, seatWay, otherWay) ? 'other' : 'none';
    // On green the crossing road has red; oncoming traffic has green too.
    if (from === 'ahead') return oncoming(seatWay, otherWay);
    return pathsConflict(from, seatWay, otherWay) ? 'seat' : 'none';
  }
  if (!pathsConflict(from, seatWay, otherWay)) return 'none';
  if (from === 'ahead') return oncoming(seatWay, otherWay);
  switch (kind) {
    case 'unsigned':
    case 'ab1':
      return from === 'right' ? 'other' : 'seat';
    case 'ab2':
    case 'ab6':
      return 'seat';
    case 'stop':
    case 'yield':
      return 'other';
  }
}

/** Must the seat come to a full stop at the line whatever the traffic? Only at a STOP. */
export function requiresFullStop(kind: JunctionKind): boolean {
  return kind === 'stop';
}

/** The sign a seat sees before this junction, if any. */
export function junctionSign(kind: JunctionKind): 'AB1' | 'AB2' | 'AB6' | 'AB4' | 'AB3a' | 'R11v' | undefined {
  switch (kind) {
    case 'unsigned':
      return undefined;
    case 'ab1':
      return 'AB1';
    case 'ab2':
      return 'AB2';
    case 'ab6':
      return 'AB6';
    case 'stop':
      return 'AB4';
    case 'yield':
      return 'AB3a';
    case 'lights':
      return 'R11v';
  }
}
