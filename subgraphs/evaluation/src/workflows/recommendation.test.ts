import { describe, expect, it } from '@jest/globals';
import { recommendationOfForm } from './comment-request.workflow.js';

const codes = (...list: string[]) => list.map((code) => ({ code }));

describe('a signed form\'s recommendation', () => {
  it('is the level given to the RECOMMENDATION criterion, wherever the set puts it', () => {
    const standard = codes('EXAMPLE_IN_LIFESTYLE', 'CITIZEN_DUTIES', 'MEETING_PARTICIPATION', 'CONTACT_WITH_RESIDENCE', 'LOCAL_MOVEMENTS', 'RECOMMENDATION');
    expect(recommendationOfForm(standard, [2, 2, 2, 2, 2, 1])).toBe('COMMEND');
    expect(recommendationOfForm(standard, [1, 1, 1, 1, 1, 3])).toBe('CONSIDER_ACTION');
    expect(recommendationOfForm(standard, [1, 1, 1, 1, 1, 2])).toBe('NONE');
    // A later set that asks for the recommendation first, and a lifestyle judged "not yet" last.
    const reordered = codes('RECOMMENDATION', 'EXAMPLE_IN_LIFESTYLE', 'CITIZEN_DUTIES', 'LOCAL_MOVEMENTS');
    expect(recommendationOfForm(reordered, [1, 2, 2, 3])).toBe('COMMEND');
    expect(recommendationOfForm(reordered, [3, 1, 1, 1])).toBe('CONSIDER_ACTION');
  });

  it('is NONE for a set without the criterion (the exempt members\' set)', () => {
    expect(recommendationOfForm(codes('EXAMPLE_IN_LIFESTYLE', 'CITIZEN_DUTIES', 'FAMILY_DUTIES'), [1, 1, 3])).toBe('NONE');
  });
});
