import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The ward's acknowledgement of a workplace's change notice, and what it ended. */
@Entity('change_notice_acknowledgement')
export class ChangeNoticeAcknowledgement {
  /** The notice's id, owned by the workplace-committee subgraph. */
  @PrimaryColumn('uuid', { name: 'change_notice_id' })
  id!: string;

  @Column('uuid', { name: 'ward_id' })
  wardId!: string;

  @Column('date', { name: 'acknowledged_on' })
  acknowledgedOn!: string;

  @Column('uuid', { name: 'ended_registration_ids', array: true })
  endedRegistrationIds!: string[];
}
