#!/usr/bin/env bash
# Prepares a real Docker engine, a loopback registry and a pushed test image for the container
# provenance tests (__tests__/snapshot/containers.test.ts):
#   - dockerd running (started here in the background when `docker info` fails),
#   - a registry on 127.0.0.1:5000 (no auth, filesystem storage),
#   - 127.0.0.1:5000/repro-gate-test:latest: busybox-static in a FROM-scratch image, pushed,
#     so `docker image inspect` shows a real RepoDigests entry.
# Idempotent: whatever already runs is reused. It always exits 0: where Docker cannot run here
# (no root, no kernel support) it says why, and the tests skip with the reason.
set -u

IMAGE=127.0.0.1:5000/repro-gate-test:latest
WORK="${RUNNER_TEMP:-/tmp}/repro-gate-docker"
mkdir -p "$WORK"

say() { echo "setup-docker: $*"; }
give_up() {
  say "$* — container tests will be skipped"
  exit 0
}

if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  SUDO=(false)
fi
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else "${SUDO[@]}" "$@"; fi
}

http_ok() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
  elif command -v wget >/dev/null 2>&1; then
    wget -q -O /dev/null -T 2 "$1" 2>/dev/null
  else
    (exec 3<>/dev/tcp/127.0.0.1/5000) 2>/dev/null
  fi
}

wait_for() { # seconds, command...
  local n=$1
  shift
  for _ in $(seq "$n"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

docker_ok() { docker info >/dev/null 2>&1 || as_root docker info >/dev/null 2>&1; }
DOCKER=(docker)

# 1. packages (only the ones that are missing; a runner's own docker is never replaced)
missing=()
# A docker client alone (some images ship one) is not enough: the engine must be reachable or startable.
docker_ok || command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
[ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1 || missing+=(busybox-static)
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || give_up "missing ${missing[*]} and no apt-get to install them"
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$WORK/apt.log" 2>&1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$WORK/apt.log" 2>&1 ||
    give_up "apt-get install ${missing[*]} failed (see $WORK/apt.log)"
fi

# 2. the engine
if ! docker_ok; then
  command -v dockerd >/dev/null 2>&1 || give_up "docker is not reachable and there is no dockerd to start"
  # Without iptables/bridge (often unavailable in a container or VM sandbox), then also without overlayfs.
  for flags in "--iptables=false --ip6tables=false --bridge=none" \
    "--iptables=false --ip6tables=false --bridge=none --storage-driver=vfs"; do
    say "starting dockerd $flags"
    # shellcheck disable=SC2086
    as_root bash -c "nohup dockerd $flags --pidfile '$WORK/dockerd.pid' >'$WORK/dockerd.log' 2>&1 &" ||
      give_up "cannot start dockerd (not root and no passwordless sudo)"
    wait_for 30 docker_ok && break
    say "dockerd did not come up: $(tail -n 3 "$WORK/dockerd.log" 2>/dev/null | tr '\n' ' ')"
    [ -f "$WORK/dockerd.pid" ] && as_root kill "$(cat "$WORK/dockerd.pid")" 2>/dev/null
    sleep 2
  done
  docker_ok || give_up "dockerd does not start here (see $WORK/dockerd.log)"
fi
docker info >/dev/null 2>&1 || DOCKER=("${SUDO[@]}" docker)
say "docker engine: $("${DOCKER[@]}" version --format '{{.Server.Version}}' 2>/dev/null)"

# 3. the loopback registry
if ! http_ok http://127.0.0.1:5000/v2/; then
  command -v docker-registry >/dev/null 2>&1 || give_up "no docker-registry binary"
  cat >"$WORK/registry.yml" <<EOF
version: 0.1
storage:
  filesystem:
    rootdirectory: $WORK/registry-data
http:
  addr: 127.0.0.1:5000
EOF
  say "starting the registry on 127.0.0.1:5000"
  nohup docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
  echo $! >"$WORK/registry.pid"
  wait_for 20 http_ok http://127.0.0.1:5000/v2/ || give_up "the registry did not start (see $WORK/registry.log)"
fi

# 4. the test image, built from busybox-static on scratch, pushed so it gets a registry digest
if [ -z "$("${DOCKER[@]}" image inspect --format '{{join .RepoDigests " "}}' "$IMAGE" 2>/dev/null)" ] ||
  ! http_ok http://127.0.0.1:5000/v2/repro-gate-test/manifests/latest; then
  [ -x /bin/busybox ] || give_up "no /bin/busybox to build the test image from"
  mkdir -p "$WORK/context"
  cp /bin/busybox "$WORK/context/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "sleep", "3600"]\n' >"$WORK/context/Dockerfile"
  DOCKER_BUILDKIT=0 "${DOCKER[@]}" build -q -t "$IMAGE" "$WORK/context" >"$WORK/build.log" 2>&1 ||
    give_up "docker build failed: $(tail -n 2 "$WORK/build.log" | tr '\n' ' ')"
  "${DOCKER[@]}" push "$IMAGE" >"$WORK/push.log" 2>&1 ||
    give_up "docker push failed: $(tail -n 2 "$WORK/push.log" | tr '\n' ' ')"
fi
say "ready: $("${DOCKER[@]}" image inspect --format '{{join .RepoDigests " "}}' "$IMAGE")"
exit 0
