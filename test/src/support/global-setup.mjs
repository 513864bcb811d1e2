// Jest loads global setup and teardown outside its ES module runtime, where
// TypeScript sources cannot be imported; tsx's loader API bridges that.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup(...args) {
  const module = await tsImport('./global-setup.ts', import.meta.url);
  return module.default(...args);
}
