/**
 * TorchScript archives (`torch.jit.save`): a zip with `code/` (TorchScript source that torch compiles and
 * runs on load), `constants.pkl` and `data.pkl`. Every `.pkl` is scanned under the TorchScript policy
 * (`__torch__.*` classes resolve inside TorchScript, not through Python imports), and the code is flagged
 * for review. Shares the zip-family analyzer.
 */
import { torchscriptAnalyzerImpl } from './zip.js';

export const torchscriptAnalyzer = torchscriptAnalyzerImpl;
