#!/usr/bin/env bash
# Runs Liaison's image without a container engine, to check what Jib built: unpacks the layers of
# ui/target/liaison-image.tar into a directory and starts the image's own entrypoint there with chroot, as
# the image's user (not root), with the image's environment, working directory and /proc, /dev bound in.
# Variables LIAISON_*, SPRING_*, SERVER_* and PORT of the caller are passed on (as `docker run -e` would).
#
#   PORT=18083 LIAISON_DB_URL=... deploy/image/try-image.sh [image.tar]     # stops with Ctrl-C
#
# Needs root (chroot, mount) and python3. Not isolation: the process shares this machine's network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tar=${1:-$here/../../ui/target/liaison-image.tar}
root=${TRY_IMAGE_DIR:-$here/target/try-rootfs}
[ "$(id -u)" = 0 ] || { echo "try-image.sh needs root (chroot, mount)"; exit 1; }
[ -f "$tar" ] || { echo "no image tar at $tar: ./mvnw -Pimage -pl ui -am package -DskipTests"; exit 1; }
umount "$root/proc" "$root/dev" 2>/dev/null || true
rm -rf "$root" && mkdir -p "$root"
work=$(mktemp -d); trap 'umount "$root/proc" "$root/dev" 2>/dev/null || true; rm -rf "$work"' EXIT
tar -xf "$tar" -C "$work"
# the layers in order, then the image's configuration as shell words
python3 - "$work" "$root" >"$work/config.sh" <<'PY'
import json, os, shlex, subprocess, sys
work, root = sys.argv[1:]
m = json.load(open(os.path.join(work, "manifest.json")))[0]
for layer in m["Layers"]:
    subprocess.run(["tar", "-xf", os.path.join(work, layer), "-C", root, "--numeric-owner"], check=True)
c = json.load(open(os.path.join(work, m["Config"])))["config"]
print("user=" + shlex.quote(c.get("User", "0")))
print("workdir=" + shlex.quote(c.get("WorkingDir", "/")))
print("envs=(" + " ".join(shlex.quote(e) for e in c.get("Env", [])) + ")")
print("entry=(" + " ".join(shlex.quote(a) for a in c.get("Entrypoint", []) + (c.get("Cmd") or [])) + ")")
PY
. "$work/config.sh"
mount --bind /proc "$root/proc"; mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
passed=()
while IFS='=' read -r name _; do
  case "$name" in LIAISON_*|SPRING_*|SERVER_*|PORT) passed+=("$name=${!name}");; esac
done < <(env)
echo "image user $user, working directory $workdir, entrypoint: ${entry[*]}"
cd "$root"
chroot --userspec="$user" "$root" /usr/bin/env -i "${envs[@]}" "${passed[@]}" /bin/sh -c 'cd "$0" && exec "$@"' "$workdir" "${entry[@]}"
