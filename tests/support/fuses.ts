// The fuses burnt into an Electron binary, read with @electron/fuses, by the names
// electron-builder.yml gives them (`electronFuses`).
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const NAMES = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
} as const;
export type FuseName = keyof typeof NAMES;

const ENABLED = 0x31;
const DISABLED = 0x30;

/** Each fuse as true (on) or false (off); a fuse this binary lacks is left out. */
export async function burntFuses(binary: string): Promise<Partial<Record<FuseName, boolean>>> {
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
  const states: Partial<Record<FuseName, boolean>> = {};
  for (const [name, fuse] of Object.entries(NAMES) as [FuseName, FuseV1Options][]) {
    if (wire[fuse] === ENABLED || wire[fuse] === DISABLED) states[name] = wire[fuse] === ENABLED;
  }
  return states;
}

/** What electron-builder.yml asks for. */
export const SHIPPED_FUSES: Record<FuseName, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
};
