import type { FaultFederation } from '../harness.js';
import type { Traffic } from '../load.js';

/** One requirement of a scenario: what must hold, whether it did, and the figure that says so. */
export interface Requirement {
  what: string;
  met: boolean;
  detail: string;
}

/** What a scenario measured (figures, printed and written to docs/generated/faults.json) and what it required. */
export interface ScenarioResult {
  name: string;
  title: string;
  figures: Record<string, unknown>;
  requirements: Requirement[];
  /** When the scenario could not run to its end: why (its requirements then count as failed). */
  error?: string;
}

export interface ScenarioContext {
  federation: FaultFederation;
  traffic: Traffic;
  log: (message: string) => void;
  soakMinutes: number;
  /** The consistency audit on the data as loaded, before any fault: differences there are not the faults'. */
  auditBefore?: { code: number | null; output: string };
}

export interface Scenario {
  name: string;
  title: string;
  run(context: ScenarioContext): Promise<Omit<ScenarioResult, 'name' | 'title'>>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds with one decimal, for figures. */
export const secondsOf = (ms: number) => Math.round(ms / 100) / 10;

export const requirement = (what: string, met: boolean, detail: string): Requirement => ({ what, met, detail });
