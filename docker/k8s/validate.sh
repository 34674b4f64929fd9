#!/usr/bin/env bash
# Renders every overlay with `kubectl kustomize` and validates each rendered object against the Kubernetes schemas
# (validate/validate.mjs, kubernetes-models). Run by CI through the test suite (KubernetesManifestTests) and by hand:
#   docker/k8s/validate.sh [OUTPUT_DIR]     # OUTPUT_DIR keeps the rendered manifests (default: a temporary dir)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"

if [[ ! -d "$here/validate/node_modules/kubernetes-models" ]]; then
  (cd "$here/validate" && npm ci --no-audit --no-fund --loglevel=error)
fi

status=0
for overlay in "$here"/overlays/*/; do
  name="$(basename "$overlay")"
  # The policies ConfigMap is generated from the repository's policies/ directory, outside the kustomization root.
  if ! kubectl kustomize --load-restrictor LoadRestrictionsNone "$overlay" >"$out/$name.yaml"; then
    echo "FAIL $name: kubectl kustomize could not render it"
    status=1
    continue
  fi
  echo "== $name ($out/$name.yaml)"
  node "$here/validate/validate.mjs" "$out/$name.yaml" || status=1
done
exit "$status"
