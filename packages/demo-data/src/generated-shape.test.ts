import { describe, expect, it } from '@jest/globals';
import { inForceOn } from '@twoway/org-tree';
import { buildGeneratedTree, CELL_MEMBERS, LARGEST_PROVINCE_MEMBERS, PROVINCES_2025, provinceMembers } from './generated-shape.js';
import { largeScenario } from './large-scenario.js';
import type { OrganizationRecord } from './organization-tree.js';

const provinceOf = (node: OrganizationRecord) => node.path.split('/')[1];

describe('the shape of a generated data set', () => {
  const tree = buildGeneratedTree(1_000_000);
  const byId = new Map(tree.organizations.map((o) => [o.id, o]));
  const haNoi = tree.provinces[0]!;

  it('gives Hà Nội half of a million members, 500,000 in its 126 wards, and the rest to smaller provinces of real names', () => {
    expect(haNoi.profile.name).toBe('Hà Nội');
    expect(haNoi.node.name).toBe('Đảng bộ Thành phố Hà Nội');
    expect(haNoi.members).toBe(500_000);
    expect(haNoi.wards).toHaveLength(126);
    expect(haNoi.wards.reduce((sum, w) => sum + w.members, 0)).toBe(500_000);
    expect(haNoi.wards.flatMap((w) => w.cells).reduce((sum, c) => sum + c.members, 0)).toBe(500_000);
    expect(tree.provinces.map((p) => p.profile.name)).toEqual(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);
    const sizes = tree.provinces.map((p) => p.members);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('fills the 34 provinces at the national size, Hà Nội capped at 500,000', () => {
    const national = provinceMembers(5_600_000);
    expect(national).toHaveLength(34);
    expect(new Set(national.map((p) => p.province.name)).size).toBe(34);
    expect(national.map((p) => p.province)).toEqual(PROVINCES_2025);
    expect(national[0]!.members).toBe(LARGEST_PROVINCE_MEMBERS);
    expect(national.slice(1).every((p) => p.members < LARGEST_PROVINCE_MEMBERS)).toBe(true);
    expect(national.reduce((sum, p) => sum + p.members, 0)).toBe(5_600_000);
    expect(provinceMembers(100_000)[0]!.members).toBe(50_000);
  });

  it('keeps wards of at most about 5,000 members and residential cells of 50 to 400', () => {
    const wards = tree.provinces.flatMap((p) => p.wards);
    expect(Math.max(...wards.map((w) => w.members))).toBeLessThanOrEqual(5_000);
    const cells = wards.flatMap((w) => w.cells.map((c) => c.members));
    expect(Math.min(...cells)).toBeGreaterThanOrEqual(CELL_MEMBERS.min);
    expect(Math.max(...cells)).toBeLessThanOrEqual(CELL_MEMBERS.max);
    for (const ward of wards) expect(ward.cells.every((c) => c.node.parentId === ward.node.id && c.node.kind === 'RESIDENTIAL_CELL')).toBe(true);
  });

  it('has no district in force since 1 July 2025: wards sit directly under their province', () => {
    const districts = tree.organizations.filter((o) => o.kind === 'DISTRICT');
    expect(districts.length).toBeGreaterThan(tree.provinces.length);
    expect(districts.every((d) => d.validTo === '2025-06-30' && !inForceOn(d, '2025-07-01'))).toBe(true);
    const wardsNow = tree.organizations.filter((o) => o.kind === 'WARD' && inForceOn(o, '2025-07-01'));
    expect(wardsNow.every((w) => byId.get(w.parentId!)!.kind === 'PROVINCE')).toBe(true);
  });

  it('names for every ended district and old ward a successor: a ward in force on 1 July 2025 in the same province', () => {
    const ended = tree.organizations.filter((o) => o.validTo !== null);
    expect(ended.length).toBeGreaterThan(0);
    for (const node of ended) {
      const successor = byId.get(node.successorId!);
      expect(successor?.kind).toBe('WARD');
      expect(inForceOn(successor!, '2025-07-01')).toBe(true);
      expect(provinceOf(successor!)).toBe(provinceOf(node));
    }
  });

  it('shows each province with its districts, and the wards under them, on a day of 2024', () => {
    const in2024 = tree.organizations.filter((o) => inForceOn(o, '2024-06-01'));
    for (const province of tree.provinces) {
      const children = in2024.filter((o) => o.parentId === province.node.id);
      expect(children.some((c) => c.kind === 'DISTRICT')).toBe(true);
      expect(children.some((c) => c.kind === 'WARD')).toBe(false);
    }
    const wards2024 = in2024.filter((o) => o.kind === 'WARD');
    expect(wards2024.length).toBeGreaterThan(tree.provinces.flatMap((p) => p.wards).length);
    expect(wards2024.every((w) => byId.get(w.parentId!)!.kind === 'DISTRICT')).toBe(true);
  });

  it('is deterministic, and tells each member once, on the nodes in force today', () => {
    expect(buildGeneratedTree(20_000).organizations).toEqual(buildGeneratedTree(20_000).organizations);
    const scenario = largeScenario({ members: 20_000, today: '2026-12-01' });
    const nodes = new Map(scenario.organizations.map((o) => [o.id, o]));
    const stories = [...scenario.cellStories()];
    const members = stories.flatMap((s) => s.members);
    expect(members).toHaveLength(20_000);
    expect(new Set(members.map((m) => m.id)).size).toBe(20_000);
    const registrations = stories.flatMap((s) => s.residences);
    expect(registrations.every((r) => nodes.get(r.wardId)!.validTo === null && (r.cellId === null || nodes.get(r.cellId)!.parentId === r.wardId))).toBe(true);
    expect(stories.flatMap((s) => s.meetings).every((m) => nodes.get(m.organizationId)!.kind === 'RESIDENTIAL_CELL')).toBe(true);
    expect(new Set(stories.flatMap((s) => s.commentCycles.map((c) => c.requestId))).size).toBe(stories.flatMap((s) => s.commentCycles).length);
  });
});
