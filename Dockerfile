# syntax=docker/dockerfile:1.7
# `modelship serve` as an image: the Open Inference Protocol v2 server over /models, run as a non-root user.
# The model is pulled by digest when the container starts (MODELSHIP_MODEL_REF=oci://registry/repo@sha256:...)
# or baked in at build time (--build-arg MODEL_REF=oci://...@sha256:...). See docs/package.md.
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. The one runtime dependency (onnxruntime-node, CPU); the CLI itself is the ncc bundle in dist/cli.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN ONNXRUNTIME_NODE_INSTALL=skip npm ci --omit=dev --no-audit --no-fund

# 2. Optionally bake a model in, pulled and verified by digest (registry credentials as a build secret).
FROM ${NODE_IMAGE} AS model
ARG MODEL_REF=""
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY dist/cli ./dist/cli
RUN --mount=type=secret,id=docker_config,target=/root/.docker/config.json,required=false \
    mkdir -p /models && if [ -n "$MODEL_REF" ]; then node dist/cli/index.js pull "$MODEL_REF" --install /models; fi

# 3. The server.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production MODELSHIP_HOST=0.0.0.0 MODELSHIP_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY dist/cli ./dist/cli
COPY docker/serve-entrypoint.sh /usr/local/bin/modelship-serve
COPY --from=model --chown=node:node /models /models
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.MODELSHIP_PORT || 8080) + '/v2/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/modelship-serve"]
