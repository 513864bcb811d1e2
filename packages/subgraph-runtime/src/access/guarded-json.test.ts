import { describe, expect, it } from '@jest/globals';
import { GUARDED_JSON_KEYS, withoutGuardedValues } from './guarded-json.js';

describe('JSON without guarded values', () => {
  it('knows every guarded field by its name and by its column', () => {
    expect([...GUARDED_JSON_KEYS].sort()).toEqual([
      'address', 'birthDate', 'birth_date', 'citizenId', 'citizen_id', 'dossierNumber', 'dossier_number',
      'partyCardNumber', 'party_card_number', 'residenceAddress', 'residence_address',
    ]);
  });

  it('drops them at any depth, in objects and lists, and keeps the rest as it was', () => {
    const member = { id: 'm1', fullName: 'Nguyễn Văn Hoạt', citizenId: '001068730006', birthDate: '1968-07-30', partyCardNumber: '12345678', dossierNumber: 'HN-1' };
    const copy = { member, letters: [{ id: 'l1', residence_address: 'Số 1, Hà Nội', number: '12/GGT' }], changedOn: '2026-01-02', count: 2, none: null };
    expect(withoutGuardedValues(copy)).toEqual({
      member: { id: 'm1', fullName: 'Nguyễn Văn Hoạt' },
      letters: [{ id: 'l1', number: '12/GGT' }],
      changedOn: '2026-01-02', count: 2, none: null,
    });
    expect(member.citizenId).toBe('001068730006');
    expect(withoutGuardedValues('text')).toBe('text');
    expect(withoutGuardedValues(null)).toBeNull();
  });
});
