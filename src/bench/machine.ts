import os from 'node:os';

/** The machine a benchmark ran on: figures from different machines are never compared blindly. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  arch: string;
  platform: string;
  os: string;
  totalMemoryMb: number;
  node: string;
  onnxruntime?: string;
  /** GITHUB runner label data when present (e.g. ImageOS), for the report. */
  runner?: string;
}

export function describeMachine(env: NodeJS.ProcessEnv = process.env, onnxruntime?: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: (cpus[0]?.model ?? 'unknown').trim().replace(/\s+/g, ' '),
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    arch: process.arch,
    platform: process.platform,
    os: `${os.type()} ${os.release()}`,
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    onnxruntime,
    runner: env.ImageOS ? `${env.ImageOS}${env.ImageVersion ? ` ${env.ImageVersion}` : ''}` : undefined,
  };
}

/**
 * Differences that make latency figures incomparable: another CPU, core count, architecture, or inference
 * runtime. Node and OS patch versions are reported but do not block a comparison.
 */
export function machineDifferences(a: MachineInfo, b: MachineInfo): string[] {
  const diffs: string[] = [];
  if (a.cpuModel !== b.cpuModel) diffs.push(`CPU "${a.cpuModel}" vs "${b.cpuModel}"`);
  if (a.cores !== b.cores) diffs.push(`${a.cores} vs ${b.cores} cores`);
  if (a.arch !== b.arch || a.platform !== b.platform) diffs.push(`${a.platform}/${a.arch} vs ${b.platform}/${b.arch}`);
  if (a.onnxruntime && b.onnxruntime && a.onnxruntime !== b.onnxruntime) diffs.push(`onnxruntime ${a.onnxruntime} vs ${b.onnxruntime}`);
  return diffs;
}

/** A short key of what makes figures comparable (CPU, cores, platform, runtime). */
export function machineKey(m: MachineInfo): string {
  return `${m.cpuModel} x${m.cores} ${m.platform}/${m.arch}${m.onnxruntime ? ` ort ${m.onnxruntime}` : ''}`;
}
