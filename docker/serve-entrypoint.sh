#!/bin/sh
# Entrypoint of the serving image: with MODELSHIP_MODEL_REF (oci://registry/repository@sha256:..., a digest,
# never a tag) the model is pulled, verified and installed into /models first; then `modelship serve` runs
# over /models. Extra arguments go to `modelship serve`.
set -eu
if [ -n "${MODELSHIP_MODEL_REF:-}" ]; then
  node /app/dist/cli/index.js pull "$MODELSHIP_MODEL_REF" --install /models
fi
exec node /app/dist/cli/index.js serve --repository /models --host "${MODELSHIP_HOST:-0.0.0.0}" --port "${MODELSHIP_PORT:-8080}" "$@"
