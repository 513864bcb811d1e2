export * from './consistency-audit.js';
