import type { KubernetesProviderSpec } from '../../src/deploy/config.js';

/**
 * One environment per model format KServe serves, as docs/deploy.md shows them: each renders a manifest
 * valid against KServe's CRD schemas (test/deploy/kserve-manifests.test.ts), and the docs show exactly it.
 */
export const FORMAT_CASES: Array<{ title: string; artifactFormat: string; spec: KubernetesProviderSpec }> = [
  { title: 'ONNX on Triton', artifactFormat: 'onnx', spec: { type: 'kubernetes', namespace: 'models', storageUri: 's3://models/{model}/{version}', runtime: 'kserve-tritonserver', serviceAccountName: 'models-reader', resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { cpu: '2', memory: '4Gi' } }, minReplicas: 1, maxReplicas: 4, scaleMetric: 'concurrency', scaleTarget: 10 } },
  { title: 'scikit-learn (a joblib file)', artifactFormat: 'joblib', spec: { type: 'kubernetes', namespace: 'models', storageUri: 'gs://acme-models/{model}/{version}', modelFormat: 'sklearn', runtime: 'kserve-sklearnserver', serviceAccountName: 'gcs-reader' } },
  { title: 'XGBoost', artifactFormat: 'other', spec: { type: 'kubernetes', namespace: 'models', storageUri: 'pvc://models-pvc/{model}/{version}', modelFormat: 'xgboost', runtime: 'kserve-xgbserver' } },
  { title: 'LightGBM on MLServer, scaled on CPU', artifactFormat: 'other', spec: { type: 'kubernetes', namespace: 'models', storageUri: 's3://models/{model}/{version}', modelFormat: 'lightgbm', runtime: 'kserve-mlserver', serviceAccountName: 'models-reader', minReplicas: 2, maxReplicas: 10, scaleMetric: 'cpu', scaleTarget: 70 } },
  { title: 'PyTorch (TorchScript) on TorchServe', artifactFormat: 'torchscript', spec: { type: 'kubernetes', namespace: 'models', storageUri: 's3://models/{model}/{version}', runtime: 'kserve-torchserve', serviceAccountName: 'models-reader' } },
  { title: 'TensorFlow SavedModel (KServe picks a runtime that serves it over v2)', artifactFormat: 'savedmodel', spec: { type: 'kubernetes', namespace: 'models', storageUri: 's3://models/{model}/{version}' } },
  { title: 'A Triton model repository from an OCI registry, pinned by digest', artifactFormat: 'other', spec: { type: 'kubernetes', namespace: 'models', storageUri: 'oci://ghcr.io/acme/{model}@sha256:4d7c1f0c2b5e9a8f3d6b0e1c7a9f2d4b6e8c0a1f3d5b7e9c1a3f5d7b9e1c3a5f', modelFormat: 'triton', runtime: 'kserve-tritonserver', serviceAccountName: 'registry-reader' } },
  { title: 'Hugging Face on a GPU node', artifactFormat: 'safetensors', spec: { type: 'kubernetes', namespace: 'models', storageUri: 'hf://acme/{model}', runtime: 'kserve-huggingfaceserver', serviceAccountName: 'hf-token', resources: { limits: { cpu: '4', memory: '16Gi', 'nvidia.com/gpu': '1' } }, nodeSelector: { 'cloud.google.com/gke-accelerator': 'nvidia-l4' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] } },
];
