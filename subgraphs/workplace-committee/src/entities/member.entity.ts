import { BeforeInsert, BeforeUpdate, Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { foldVietnamese, vietnameseNameSortKey } from '@twoway/platform';
import type { ExemptionCategory, MembershipStatus, ResidenceDuty, Sex } from '../generated/resolvers-types.js';

/** A Party member, owned by the workplace committee (see migration CreateMembers). */
@Entity('member')
export class Member {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { name: 'full_name', length: 200 })
  fullName!: string;

  @Column('varchar', { length: 8 })
  sex!: Sex;

  @Column('date', { name: 'birth_date', nullable: true })
  birthDate!: string | null;

  @Column('date', { name: 'admission_date' })
  admissionDate!: string;

  @Column('date', { name: 'full_membership_date', nullable: true })
  fullMembershipDate!: string | null;

  @Column('varchar', { name: 'party_card_number', length: 32, nullable: true })
  partyCardNumber!: string | null;

  @Column('varchar', { name: 'dossier_number', length: 32, nullable: true })
  dossierNumber!: string | null;

  @Column('varchar', { name: 'citizen_id', length: 12, nullable: true })
  citizenId!: string | null;

  /** The grassroots organisation the member belongs to: the scope for subtree filters. */
  @Column('uuid', { name: 'workplace_organization_id' })
  workplaceOrganizationId!: string;

  @Column('uuid', { name: 'workplace_cell_id' })
  workplaceCellId!: string;

  @Column('varchar', { length: 200, nullable: true })
  position!: string | null;

  @Column('varchar', { name: 'exemption_category', length: 32, nullable: true })
  exemptionCategory!: ExemptionCategory | null;

  @Column('varchar', { length: 16 })
  status!: MembershipStatus;

  /**
   * Since when the member is due for introduction (admitted, taken in, letter
   * ended); null while a letter is in force or no introduction is expected.
   * Kept by every workflow and event that starts or ends a letter.
   */
  @Column('date', { name: 'introduction_due_since', nullable: true })
  introductionDueSince!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  /** The name folded for search (no tones or letter marks). */
  @Column('text', { name: 'name_search' })
  nameSearch!: string;

  /** Vietnamese order: given name, middle name, family name (COLLATE "C"). */
  @Column('text', { name: 'name_sort_key' })
  nameSortKey!: string;

  @BeforeInsert()
  @BeforeUpdate()
  deriveNameKeys(): void {
    if (this.fullName) {
      this.nameSearch = foldVietnamese(this.fullName);
      this.nameSortKey = vietnameseNameSortKey(this.fullName);
    }
  }
}

/** A citizen ID (số định danh cá nhân): exactly 12 digits, as the member table's CHECK has it. */
export const CITIZEN_ID_PATTERN = /^\d{12}$/;

/** The name columns of a member row written in bulk (seed, generator), where entity hooks do not run. */
export function nameKeys(fullName: string): { nameSearch: string; nameSortKey: string } {
  return { nameSearch: foldVietnamese(fullName), nameSortKey: vietnameseNameSortKey(fullName) };
}

/**
 * What the residence may expect of the member (docs/party-life.md): derived
 * from status and exemption, never stored, so both can only agree.
 */
export function residenceDutyOf(member: Pick<Member, 'status' | 'exemptionCategory'>): ResidenceDuty {
  if (member.status === 'RETIRED') return 'OFFICIAL_AT_RESIDENCE';
  if (member.status !== 'ACTIVE') return 'NONE';
  if (member.exemptionCategory === 'SPECIAL_DUTY') return 'NOT_INTRODUCED';
  return member.exemptionCategory ? 'EXEMPT' : 'TWO_WAY';
}

/** Whether the duty expects the member to be introduced to a ward. */
export function expectsIntroduction(member: Pick<Member, 'status' | 'exemptionCategory'>): boolean {
  const duty = residenceDutyOf(member);
  return duty === 'TWO_WAY' || duty === 'EXEMPT';
}
