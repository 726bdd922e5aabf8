import type { Command } from 'commander';
import type { CliIo } from '../context.js';
import { registerBatchCommand } from './batch.js';
import { registerBenchCommand } from './bench.js';
import { registerChatopsCommands } from './chatops.js';
import { registerConfigCommands } from './config-check.js';
import { registerDemoCommand } from './demo.js';
import { registerDeployCommands } from './deploy.js';
import { registerEdgeCommands } from './edge.js';
import { registerGateCommand } from './gate.js';
import { registerInitCommand } from './init.js';
import { registerMonitorCommand } from './monitor.js';
import { registerOptimizeCommand } from './optimize.js';
import { registerPackageCommands } from './package.js';
import { registerRolloutCommand } from './rollout.js';
import { registerScoreCommand } from './score.js';
import { registerServeCommand } from './serve.js';
import { registerValidateCommand } from './validate.js';
import { registerVersionCommands } from './version.js';

/** Registers one command group on the program; `done` receives the command's exit code. */
export type RegisterCommand = (program: Command, io: CliIo, done: (code: number) => void) => void;

/** Every CLI command, one file each. */
export const COMMANDS: RegisterCommand[] = [registerInitCommand, registerConfigCommands, registerDemoCommand, registerBenchCommand, registerScoreCommand, registerGateCommand, registerValidateCommand, registerVersionCommands, registerServeCommand, registerDeployCommands, registerRolloutCommand, registerChatopsCommands, registerBatchCommand, registerOptimizeCommand, registerEdgeCommands, registerMonitorCommand, registerPackageCommands];
