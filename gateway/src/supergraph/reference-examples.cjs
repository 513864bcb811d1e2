/**
 * SpectaQL's examples for the generated reference (gateway/schema/reference.yml): a fixed example for every scalar,
 * so that the reference is the same on any day (SpectaQL's own draw the built-in scalars at random and dates from
 * the clock). SpectaQL loads this file with require(), hence CommonJS.
 */
const EXAMPLES = {
  ID: 'a4fc616c-7a90-5406-ae01-e113dc479376',
  String: 'Phường Ba Đình',
  Int: 25,
  Float: 0.85,
  Boolean: true,
  Date: '2025-12-15',
  JSON: {},
};

// eslint-disable-next-line no-undef -- CommonJS, for SpectaQL's require()
module.exports = function example({ underlyingType, isArray }) {
  if (underlyingType?.kind !== 'SCALAR' || !(underlyingType.name in EXAMPLES)) return undefined;
  const value = EXAMPLES[underlyingType.name];
  return isArray ? [value] : value;
};
