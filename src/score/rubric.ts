/**
 * The ML Test Score rubric (Breck, Cai, Nielsen, Salib, Sculley, IEEE Big Data 2017) as data: 28 tests in
 * four sections of seven. Titles follow the short listings of the paper's Tables I-IV; descriptions and
 * "how to satisfy it" are our own words. Only the 2017 scoring is implemented (0.5 manual, 1 automated,
 * final = minimum of the section sums); the 2016 workshop version scored 1/2 and is deliberately absent.
 */

export type SectionId = 'data' | 'model' | 'infrastructure' | 'monitoring';

export const SECTIONS: readonly SectionId[] = ['data', 'model', 'infrastructure', 'monitoring'];

export const SECTION_TITLES: Record<SectionId, string> = {
  data: 'Data',
  model: 'Model',
  infrastructure: 'Infrastructure',
  monitoring: 'Monitoring',
};

/** The id prefix of each section: `data-1`, `model-1`, `infra-1`, `monitor-1`. */
export const SECTION_PREFIX: Record<SectionId, string> = {
  data: 'data',
  model: 'model',
  infrastructure: 'infra',
  monitoring: 'monitor',
};

/**
 * Rough cost of automating a test, 1 (an afternoon, often one Modelship step) to 5 (a project of its own).
 * It orders the "next steps": the cheapest test in the section that holds the score down comes first.
 */
export type Effort = 1 | 2 | 3 | 4 | 5;

export interface RubricTest {
  id: string;
  section: SectionId;
  number: number;
  /** The paper's short title (Tables I-IV). */
  title: string;
  description: string;
  how: string;
  effort: Effort;
  /** What Modelship provides toward this test, when it provides something. */
  modelship?: string;
}

function t(section: SectionId, number: number, title: string, effort: Effort, description: string, how: string, modelship?: string): RubricTest {
  return { id: `${SECTION_PREFIX[section]}-${number}`, section, number, title, description, how, effort, modelship };
}

export const RUBRIC: readonly RubricTest[] = [
  t('data', 1, 'Feature expectations are captured in a schema.', 2,
    'What each feature should look like (type, range, allowed values, rough distribution) is written down as a machine-checkable schema rather than kept in people\'s heads, so that surprises in the data are caught by code.',
    'Write a schema for the training data (e.g. pandera, Great Expectations, TFDV) and check every new training set against it in CI.'),
  t('data', 2, 'All features are beneficial.', 3,
    'Every feature earns its place: its contribution to the model is measured, and features that add nothing (or duplicate others) are found and removed.',
    'Run a feature-importance or ablation analysis on each retraining and fail or flag when a feature contributes nothing.'),
  t('data', 3, "No feature's cost is too much.", 3,
    'Each feature has a known cost (latency and memory at inference, upstream dependencies, how often its source breaks) and that cost is weighed against its benefit.',
    'Record per-feature cost (compute time, size, upstream owner) and review it against the importance from data-2.'),
  t('data', 4, 'Features adhere to meta-level requirements.', 2,
    'Rules that apply to all features (no personal data, no features derived from the label, only approved sources) are enforced, not just hoped for.',
    'Keep an allow- or deny-list of features and sources and check the model\'s feature list against it in CI.'),
  t('data', 5, 'The data pipeline has appropriate privacy controls.', 4,
    'Access to sensitive data is restricted and audited along the whole pipeline, and user data deletion propagates to derived datasets and models.',
    'Test access controls and data retention (e.g. that a deleted user disappears from features) in the pipeline\'s tests.'),
  t('data', 6, 'New features can be added quickly.', 3,
    'The time from a feature idea to that feature in production is short and known, which keeps the team from working around the pipeline.',
    'Measure lead time for a new feature (first commit to production) and keep a template or test for adding one.'),
  t('data', 7, 'All input feature code is tested.', 2,
    'The code that turns raw data into features, in training and in serving, has unit tests: bugs there silently corrupt every model downstream.',
    'Unit-test every feature transformation and run the tests in CI on every change.'),

  t('model', 1, 'Model specs are reviewed and submitted.', 1,
    'Every model specification (code, configuration, hyperparameters) goes through code review and is checked into version control, so any model can be traced to reviewed source.',
    'Keep model code and configuration in the repository, require pull-request review (branch protection), and run a CI check on every pull request.'),
  t('model', 2, 'Offline and online metrics correlate.', 4,
    'The offline metric used to choose models actually predicts the online impact users see; this is measured, not assumed.',
    'Run small online experiments (e.g. an A/B test with a deliberately degraded model) and compare the offline and online deltas.',
    'A/B deployments with a statistical test provide the online side.'),
  t('model', 3, 'All hyperparameters have been tuned.', 3,
    'Hyperparameters (learning rate, depth, regularisation, feature transforms) are tuned systematically rather than left at defaults.',
    'Run a hyperparameter search as part of training and record the search space and the result.'),
  t('model', 4, 'The impact of model staleness is known.', 3,
    'The team knows how quickly quality decays when the model is not retrained, and so how often it must be retrained.',
    'Evaluate models trained on older data against current data and record the quality loss per unit of age.'),
  t('model', 5, 'A simpler model is not better.', 2,
    'The model is regularly compared against a very simple baseline (e.g. a linear model on a few features), which both checks the pipeline and justifies the complexity.',
    'Train a simple baseline in the same pipeline and gate the candidate on beating it.',
    'A metric gate whose baseline is a simple model automates it.'),
  t('model', 6, 'Model quality is sufficient on important data slices.', 1,
    'Quality is checked per important slice of the data (region, class, user group), because a gain in the average can hide a collapse in one slice.',
    'Gate releases on per-slice thresholds, not only on the global metric.',
    'A Modelship metric gate with slices automates it.'),
  t('model', 7, 'The model is tested for considerations of inclusion.', 2,
    'The model is checked for unfair differences in quality between groups of users, and for gaps in how well groups are represented in the data.',
    'Measure quality per sensitive group and gate on the largest gap between groups.',
    'A Modelship metric gate on a cross-slice gap (fairness) automates it.'),

  t('infrastructure', 1, 'Training is reproducible.', 3,
    'Training the same code on the same data gives the same (or a near-identical) model, so changes can be attributed and bugs reproduced.',
    'Pin seeds, data snapshots and dependencies; train twice in CI and compare the outputs or their predictions.'),
  t('infrastructure', 2, 'Model specs are unit tested.', 2,
    'The model code has unit tests: e.g. a training step lowers the loss, a checkpoint restores, shapes and outputs are as expected.',
    'Write unit tests for the model code and run them in CI on every change.'),
  t('infrastructure', 3, 'The ML pipeline is Integration tested.', 3,
    'The whole pipeline, from raw data to a served model, is run end to end on a small dataset, so breaks between stages are found before production.',
    'Run the full pipeline on a sample dataset in CI (or nightly) and check that a servable model comes out.'),
  t('infrastructure', 4, 'Model quality is validated before serving.', 1,
    'A trained model is checked automatically, before it can serve traffic, for sufficient quality in absolute terms and against the current model; a model that fails is not pushed.',
    'Run a metric gate (thresholds and comparison with the production model) in the pipeline before every deployment.',
    'The Modelship gate action, or environments with gates, automates it.'),
  t('infrastructure', 5, 'The model is debuggable.', 3,
    'One can run a single example through training or inference and inspect the computation step by step.',
    'Provide a tool or notebook that runs one example through the model and shows intermediate values, and test that it works.'),
  t('infrastructure', 6, 'Models are canaried before serving.', 2,
    'A new model first serves a small share of real traffic and is watched there before it takes all of it, which catches problems offline tests cannot.',
    'Deploy with a canary strategy: weighted steps with metric analysis and automatic rollback.',
    'A Modelship environment with the canary strategy automates it.'),
  t('infrastructure', 7, 'Serving models can be rolled back.', 1,
    'Going back to the previous serving model is quick, safe and practised, not an improvised emergency.',
    'Keep the previous version deployable and make rollback one command; exercise it.',
    'Modelship deployments keep the previous version and roll back with `/rollback` or `modelship rollback`.'),

  t('monitoring', 1, 'Dependency changes result in notification.', 1,
    'The team learns when something the model depends on (libraries, upstream data, services) changes, instead of discovering it through a broken model.',
    'Enable Dependabot or Renovate for the repository, and subscribe to the announcements of upstream data owners.'),
  t('monitoring', 2, 'Data invariants hold for inputs.', 2,
    'The schema of data-1 is checked continuously against training and serving inputs, with an alert when they diverge.',
    'Validate incoming data against the schema on a schedule or in the serving path and alert on violations.'),
  t('monitoring', 3, 'Training and serving are not skewed.', 4,
    'Features computed at serving time equal those computed in training for the same input; skew here is common and silent.',
    'Log serving features for a sample of requests, recompute them with the training code, and compare.'),
  t('monitoring', 4, 'Models are not too stale.', 2,
    'The serving model\'s age is watched and an alert fires before it exceeds what model-4 showed to be acceptable.',
    'Export the serving model\'s training date and alert when it is older than the agreed limit (a scheduled check).'),
  t('monitoring', 5, 'Models are numerically stable.', 2,
    'NaNs, infinities and exploding or vanishing values in training or serving are detected rather than propagated.',
    'Check for NaN/Inf in weights and outputs during training and serving and fail or alert on them.'),
  t('monitoring', 6, 'Computing performance has not regressed.', 1,
    'Training speed, serving latency, throughput and memory are tracked across versions, so both sudden and slow-leak regressions are caught.',
    'Benchmark each candidate against the previous version and fail on a regression beyond a tolerance.',
    'The Modelship benchmark action with a regression rule automates it.'),
  t('monitoring', 7, 'Prediction quality has not regressed.', 3,
    'Quality on served data is monitored (with delayed labels or proxies), so degradation in production is noticed.',
    'Compute quality on recent labelled production data on a schedule and alert on a drop.'),
];

export const RUBRIC_BY_ID: ReadonlyMap<string, RubricTest> = new Map(RUBRIC.map((test) => [test.id, test]));

export const TEST_IDS: readonly string[] = RUBRIC.map((test) => test.id);
