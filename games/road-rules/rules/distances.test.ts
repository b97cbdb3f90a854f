import { describe, expect, it } from 'vitest';
import { brakingDistance, CAR_BRAKING, reactionDistance, reactionDistanceRule, shownMetres, stoppingDistance, stoppingDistanceRule } from './distances';

describe('rules of thumb taught in France', () => {
  it('reaction distance in one second is the tens digit × 3', () => {
    expect(reactionDistanceRule(50)).toBe(15);
    expect(reactionDistanceRule(90)).toBe(27);
    expect(reactionDistanceRule(130)).toBe(39);
  });

  it('stopping distance on a dry road is the tens digit squared, 1.5 × that on a wet road', () => {
    expect(stoppingDistanceRule(50, 'dry')).toBe(25);
    expect(stoppingDistanceRule(90, 'dry')).toBe(81);
    expect(stoppingDistanceRule(130, 'dry')).toBe(169);
    expect(stoppingDistanceRule(50, 'wet')).toBe(37.5);
    expect(stoppingDistanceRule(90, 'wet')).toBeCloseTo(121.5);
  });

  it('the rule of thumb is about (within 1 m) or beyond the game car stopping after one second of reaction, from 50 km/h up', () => {
    for (const kmh of [50, 70, 90, 110, 130]) {
      for (const road of ['dry', 'wet'] as const) {
        expect(stoppingDistance(kmh, road, 1)).toBeLessThanOrEqual(stoppingDistanceRule(kmh, road) + 1);
      }
    }
  });
});

describe('the game car', () => {
  it('travels speed × time while the driver reacts', () => {
    expect(reactionDistance(36, 1)).toBeCloseTo(10);
    expect(reactionDistance(90, 0.5)).toBeCloseTo(12.5);
  });

  it('brakes over v²/2a, four times as far at twice the speed, 1.5 × as far on a wet road', () => {
    expect(brakingDistance(50, 'dry')).toBeCloseTo((50 / 3.6) ** 2 / (2 * CAR_BRAKING.dry));
    expect(brakingDistance(100, 'dry') / brakingDistance(50, 'dry')).toBeCloseTo(4);
    expect(brakingDistance(50, 'wet') / brakingDistance(50, 'dry')).toBeCloseTo(1.5);
  });

  it('shows metres rounded to the metre, or the half metre under 10 m', () => {
    expect(shownMetres(24.6)).toBe(25);
    expect(shownMetres(7.3)).toBe(7.5);
  });
});
