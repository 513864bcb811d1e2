export * from './events.js';
export * from './outbox-dispatcher.js';
export * from './scheduler.js';
export * from './create-event-inbox.migration.js';
export * from './undelivered-effects.js';
export * from './outbox-delivery.migration.js';
export * from './handler-failure.js';
