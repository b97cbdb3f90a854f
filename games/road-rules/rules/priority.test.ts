import { describe, expect, it } from 'vitest';
import { junctionSign, pathsConflict, requiresFullStop, whoGoesFirst, type JunctionKind } from './priority';

describe('who goes first', () => {
  it('priority to the right at an unsigned junction and at AB1: the car from the right first, the seat before a car from its left', () => {
    for (const kind of ['unsigned', 'ab1'] as const) {
      expect(whoGoesFirst({ kind, from: 'right', seatWay: 'straight' })).toBe('other');
      expect(whoGoesFirst({ kind, from: 'left', seatWay: 'straight' })).toBe('seat');
      expect(whoGoesFirst({ kind, from: 'right', seatWay: 'left' })).toBe('other');
    }
  });

  it('at a STOP and at a yield sign the seat gives way to cars from both sides', () => {
    for (const kind of ['stop', 'yield'] as const) {
      expect(whoGoesFirst({ kind, from: 'left', seatWay: 'straight' })).toBe('other');
      expect(whoGoesFirst({ kind, from: 'right', seatWay: 'straight' })).toBe('other');
    }
    expect(requiresFullStop('stop')).toBe(true);
    expect(requiresFullStop('yield')).toBe(false);
  });

  it('on a priority road (AB6) and at an AB2 junction the side roads give way', () => {
    for (const kind of ['ab2', 'ab6'] as const) {
      expect(whoGoesFirst({ kind, from: 'left', seatWay: 'straight' })).toBe('seat');
      expect(whoGoesFirst({ kind, from: 'right', seatWay: 'straight' })).toBe('seat');
    }
  });

  it('at lights, green lets the seat cross before the side roads; red and amber make it give way', () => {
    expect(whoGoesFirst({ kind: 'lights', from: 'right', seatWay: 'straight', seatLight: 'green' })).toBe('seat');
    expect(whoGoesFirst({ kind: 'lights', from: 'right', seatWay: 'straight', seatLight: 'red' })).toBe('other');
    expect(whoGoesFirst({ kind: 'lights', from: 'left', seatWay: 'straight', seatLight: 'amber' })).toBe('other');
  });

  it('facing each other, the one turning left gives way, whatever the junction', () => {
    const kinds: JunctionKind[] = ['unsigned', 'ab1', 'ab2', 'ab6', 'stop', 'yield'];
    for (const kind of kinds) {
      expect(whoGoesFirst({ kind, from: 'ahead', seatWay: 'left', otherWay: 'straight' })).toBe('other');
      expect(whoGoesFirst({ kind, from: 'ahead', seatWay: 'straight', otherWay: 'left' })).toBe('seat');
      expect(whoGoesFirst({ kind, from: 'ahead', seatWay: 'straight', otherWay: 'straight' })).toBe('none');
    }
    expect(whoGoesFirst({ kind: 'lights', from: 'ahead', seatWay: 'left', seatLight: 'green' })).toBe('other');
  });

  it('paths that never meet need no priority: a right turn and a car from the right', () => {
    expect(pathsConflict('right', 'right', 'straight')).toBe(false);
    expect(whoGoesFirst({ kind: 'unsigned', from: 'right', seatWay: 'right' })).toBe('none');
    expect(pathsConflict('left', 'right', 'straight')).toBe(true);
    expect(pathsConflict('left', 'straight', 'right')).toBe(false);
    expect(pathsConflict('ahead', 'left', 'left')).toBe(false);
  });

  it('names the sign the seat sees before each kind of junction', () => {
    expect(junctionSign('unsigned')).toBeUndefined();
    expect(junctionSign('stop')).toBe('AB4');
    expect(junctionSign('yield')).toBe('AB3a');
    expect(junctionSign('ab1')).toBe('AB1');
    expect(junctionSign('ab6')).toBe('AB6');
  });
});
