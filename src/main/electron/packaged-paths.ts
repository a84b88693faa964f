// Where the app finds what it ships, in a checkout (`npm start`) and in the packaged app. Pure:
// the Electron side (native-binding.ts) passes in where it runs, and tests pass a fake layout.
// The packaged layout is electron-builder.yml's, which tests/packaging checks against this file:
//
//   resources/                          process.resourcesPath
//     app.asar                          app.getAppPath(): out/**, package.json, node_modules
//       out/main/index.js, <worker>.js  the main bundle and each worker (core/worker-entries.ts)
//     app.asar.unpacked/                what asarUnpack takes out of the archive
//       node_modules/better-sqlite3/build/Release/better_sqlite3.node   rebuilt for Electron
//     sample/                           extraResources: the first-run guide
import { join } from 'node:path';

export interface AppLocation {
  isPackaged: boolean;
  /** app.getAppPath(): the checkout, or resources/app.asar. */
  appPath: string;
  /** process.resourcesPath. */
  resourcesPath: string;
}

/** extraResources `to:` of the first-run guide. */
export const SAMPLE_RESOURCE = 'sample';
/** The addon inside the app, as electron-builder's rebuild leaves it (and asarUnpack takes it out). */
export const PACKAGED_BINDING = ['node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'] as const;
/** Where `npm run setup:app` puts the Electron build, apart from the Node build tests use. */
export const CHECKOUT_BINDING = ['native', 'electron', 'better_sqlite3.node'] as const;

/** Native files cannot be loaded from inside an asar: they live in its `.unpacked` twin. */
export const unpackedPath = (appPath: string): string => (appPath.endsWith('.asar') ? `${appPath}.unpacked` : appPath);

export function sampleDir(at: AppLocation): string {
  return at.isPackaged ? join(at.resourcesPath, SAMPLE_RESOURCE) : join(at.appPath, 'resources', 'sample');
}

/** better-sqlite3 built for Electron's ABI; never the Node build in node_modules of a checkout. */
export function nativeBindingPath(at: AppLocation): string {
  return at.isPackaged ? join(unpackedPath(at.appPath), ...PACKAGED_BINDING) : join(at.appPath, ...CHECKOUT_BINDING);
}
