import { Counter, Histogram, Registry } from 'prom-client';

/** Latency buckets in seconds: fine below 10 ms, where small models live, up to 10 s for timeouts. */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The server's Prometheus metrics, in a registry of its own so two servers in one process (tests, bench)
 * never share counts. Labels are model and version so canary analysis can compare versions side by side.
 */
export class ServeMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'modelship_requests_total', help: 'Inference requests answered, by model, version and HTTP status.', labelNames: ['model', 'version', 'code'], registers: [this.registry] });
  readonly errors = new Counter({ name: 'modelship_request_errors_total', help: 'Inference requests answered with a 4xx or 5xx status, by model, version and status.', labelNames: ['model', 'version', 'code'], registers: [this.registry] });
  readonly duration = new Histogram({ name: 'modelship_request_duration_seconds', help: 'Inference request latency from the request arriving to the answer being written, by model and version.', labelNames: ['model', 'version'], buckets: DURATION_BUCKETS, registers: [this.registry] });
  readonly loadSeconds = new Histogram({ name: 'modelship_model_load_seconds', help: 'Time to verify and load one model version into onnxruntime.', labelNames: ['model', 'version'], buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120], registers: [this.registry] });
  readonly loadFailures = new Counter({ name: 'modelship_model_load_failures_total', help: 'Model versions refused: checksum mismatch, missing files or a load error.', labelNames: ['model', 'version', 'reason'], registers: [this.registry] });
  readonly shadow = new Counter({ name: 'modelship_shadow_requests_total', help: 'Requests mirrored to a shadow version: ok, error, or dropped when the shadow is saturated.', labelNames: ['model', 'version', 'result'], registers: [this.registry] });
  readonly shadowDuration = new Histogram({ name: 'modelship_shadow_duration_seconds', help: 'Inference time of requests mirrored to a shadow version (its run only, answered or failed), by model and version.', labelNames: ['model', 'version'], buckets: DURATION_BUCKETS, registers: [this.registry] });
  readonly batchSize = new Histogram({ name: 'modelship_batch_size', help: 'Requests merged into one onnxruntime run (dynamic batching), by model and version.', labelNames: ['model', 'version'], buckets: [1, 2, 4, 8, 16, 32, 64, 128], registers: [this.registry] });
  readonly graphMemberRuns = new Counter({ name: 'modelship_graph_member_runs_total', help: 'Member runs of inference graphs (docs/graphs.md), by graph, member model and version, and result (ok or error).', labelNames: ['graph', 'model', 'version', 'result'], registers: [this.registry] });
  readonly routingReloads = new Counter({ name: 'modelship_routing_reloads_total', help: 'routing.json reloads: applied, or invalid (ignored, the last good routing kept).', labelNames: ['model', 'result'], registers: [this.registry] });

  constructor() {
    for (const result of ['applied', 'invalid']) this.routingReloads.inc({ model: '', result }, 0);
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
