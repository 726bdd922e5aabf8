import { daysAgo } from './repo.js';

/**
 * Two realistic repositories, written as they would be on GitHub.
 *
 * RESEARCH_REPO: notebooks, a training script and a README; no CI, no evidence. Score 0.
 *
 * AUTOMATED_REPO ("churn"): CI with pytest and Modelship's validate/gate/benchmark actions, a nightly job,
 * deployments with a canary and rollback, Dependabot, rubric-named tests, reviewed documents — and a few
 * traps that must earn nothing (a commented-out step, a job switched off with `if: false`, a workflow that
 * only runs by hand). Its hand computation is in fixtures.test.ts.
 */

export const RESEARCH_REPO: Record<string, string> = {
  'modelship.yml': `version: 1
models:
  sentiment:
    path: artifacts/model.onnx
`,
  'README.md': '# Sentiment experiments\n\nRun `notebooks/explore.ipynb`, then `python train.py`.\n',
  'train.py': 'import numpy as np\n\ndef main():\n    print("training")\n\nif __name__ == "__main__":\n    main()\n',
  'notebooks/explore.ipynb': '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n',
  'requirements.txt': 'numpy==2.1.0\nscikit-learn==1.5.2\n',
  'scratch/test_idea.py': '# not a test suite: nobody runs it\ndef test_data_1_maybe():\n    assert True\n',
};

export function automatedRepo(): Record<string, string> {
  return {
    'modelship.yml': `version: 1
models:
  churn:
    path: models/churn/model.onnx
    metrics: models/churn/metrics.json
gates:
  quality:
    candidate: models/churn/metrics.json
    checks:
      - metric: auc
        direction: higher
        value: { min: 0.80 }
      - metric: recall
        direction: higher
        value: { min: 0.70 }
        slices: [overall, region]
      - metric: recall
        direction: higher
        crossSlice: { feature: gender, maxGap: 0.05 }
bench:
  regression:
    metric: p99
    minEffect: 0.1
environments:
  staging:
    provider: { type: local }
    strategy: { type: direct }
  production:
    provider: { type: local }
    strategy:
      type: canary
      steps: [{ weight: 10 }, { weight: 50 }, { weight: 100 }]
      analysis: { gate: quality, failureLimit: 0 }
    gates: [quality]
score:
  minimum: 3
  tests:
    data-2:
      manual: { document: docs/reviews/feature-importance.md, reviewer: dana, date: "${daysAgo(40)}" }
    data-3:
      manual: { document: docs/reviews/feature-cost.md, reviewer: dana, date: "${daysAgo(40)}" }
    data-4:
      automated:
        workflow: { file: ci.yml, run: python scripts/check_feature_allowlist.py }
    data-5:
      manual: { document: docs/reviews/privacy.md, reviewer: priya, date: "${daysAgo(100)}" }
    data-6:
      automated:
        workflow: { file: feature-lead-time.yml, run: python scripts/lead_time.py }
    model-1:
      automated:
        config: { file: .github/settings.yml, key: branches.0.protection.required_pull_request_reviews }
        workflow: { file: ci.yml, job: test }
    model-3:
      manual: { document: docs/reviews/tuning.md, reviewer: sam, date: "${daysAgo(10)}" }
    model-4:
      manual: { document: docs/reviews/staleness.md, reviewer: sam, date: "${daysAgo(60)}" }
    model-5:
      automated:
        tests: { paths: [tests], names: ["test_model_5_*"] }
    infra-1:
      automated:
        command: { run: ["node", "scripts/check_reproducible.mjs"], expect: '"reproducible": true' }
    infra-3:
      manual: { document: docs/reviews/integration.md, reviewer: lee, date: "${daysAgo(20)}" }
    monitor-2:
      automated:
        workflow: { file: nightly.yml, run: python monitoring/check_data_invariants.py }
    monitor-4:
      manual: { document: docs/reviews/staleness.md, reviewer: sam, date: "${daysAgo(60)}" }
      automated:
        workflow: { file: nightly.yml, job: staleness }
    monitor-7:
      manual: { document: docs/reviews/online-quality.md, reviewer: lee, date: "${daysAgo(5)}" }
`,
    '.github/CODEOWNERS': '* @acme/ml-team\n',
    '.github/settings.yml': 'branches:\n  - name: main\n    protection:\n      required_pull_request_reviews:\n        required_approving_review_count: 1\n',
    'scripts/check_reproducible.mjs': 'console.log(JSON.stringify({ reproducible: true }, null, 1));\n',
    '.github/dependabot.yml': `version: 2
updates:
  - package-ecosystem: pip
    directory: /
    schedule:
      interval: weekly
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
`,
    '.github/workflows/ci.yml': `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt
      - run: python -m pytest -q tests
      - run: python scripts/check_feature_allowlist.py features.yaml
      # - run: python scripts/check_schema.py   (commented out: no evidence)
  model:
    runs-on: ubuntu-latest
    needs: test
    steps:
      - uses: actions/checkout@v4
      - uses: acme/modelship/actions/validate@v1
      - uses: acme/modelship/actions/gate@v1
        with: { gate: quality }
      - uses: acme/modelship/actions/benchmark@v1
      - uses: acme/modelship/actions/test-score@v1
        with: { badge-path: docs/ml-test-score.svg }
`,
    '.github/workflows/nightly.yml': `name: Nightly
on:
  schedule:
    - cron: "17 3 * * *"
jobs:
  invariants:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python monitoring/check_data_invariants.py --since 24h
  staleness:
    if: false
    runs-on: ubuntu-latest
    steps:
      - run: python monitoring/check_staleness.py
`,
    '.github/workflows/feature-lead-time.yml': `name: Feature lead time
on: workflow_dispatch
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - run: python scripts/lead_time.py
`,
    '.github/workflows/deploy.yml': `name: Deploy
on:
  workflow_dispatch:
    inputs:
      environment: { required: true }
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: acme/modelship/actions/deploy@v1
        with: { environment: production }
`,
    '.github/workflows/chatops.yml': `name: Comment commands
on:
  issue_comment:
    types: [created]
jobs:
  chatops:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/modelship/actions/chatops@v1
`,
    'tests/test_features.py': `import pytest


def test_data_1_schema_matches_training_data():
    assert True


def test_data_7_bucketize_handles_negative_values():
    assert True


@pytest.mark.ml_test_score("infra-2")
def test_training_step_lowers_loss():
    assert True


@pytest.mark.skip(reason="flaky")
@pytest.mark.ml_test_score("monitor-5")
def test_no_nan_in_outputs():
    assert True
`,
    'tests/test_baseline.py': 'def test_model_5_beats_logistic_regression():\n    assert True\n',
    'scripts/check_feature_allowlist.py': 'print("ok")\n',
    'monitoring/check_data_invariants.py': 'print("ok")\n',
    'docs/reviews/feature-importance.md': '# Feature importance review\n',
    'docs/reviews/feature-cost.md': '# Feature cost review\n',
    'docs/reviews/privacy.md': '# Privacy review\n',
    'docs/reviews/tuning.md': '# Hyperparameter tuning\n',
    'docs/reviews/staleness.md': '# Staleness study\n',
    'docs/reviews/integration.md': '# Integration run\n',
    'docs/reviews/online-quality.md': '# Online quality review\n',
    'requirements.txt': 'numpy\npytest\n',
  };
}
