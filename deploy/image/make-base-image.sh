#!/usr/bin/env bash
# Builds a Java 17 base image as a local tar (Docker's `docker save` layout) from Debian's own packages,
# for machines that reach Debian's archive but no container registry. Jib then builds Liaison's image on
# it with no daemon and no registry:
#
#   deploy/image/make-base-image.sh                 # -> deploy/image/target/debian-jre17.tar (~1-2 min)
#   ./mvnw -Pimage -pl ui -am package -DskipTests -Dliaison.image.base=tar://$PWD/deploy/image/target/debian-jre17.tar
#
# Where a registry is reachable, skip this: the image profile's default base is eclipse-temurin:17-jre.
# Needs root (debootstrap, chroot), debootstrap (apt-get install debootstrap) and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/target/debian-jre17.tar}
suite=${DEBIAN_SUITE:-bookworm}
work=$here/target/base
[ "$(id -u)" = 0 ] || { echo "make-base-image.sh needs root (debootstrap and chroot); run it with sudo"; exit 1; }
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install -y debootstrap"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing: apt-get install -y python3"; exit 1; }

rm -rf "$work" && mkdir -p "$work" "$(dirname "$out")"
start=$(date +%s)
echo "debootstrap $suite with openjdk-17-jre-headless into $work/rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates "$suite" "$work/rootfs" >"$work/debootstrap.log" 2>&1 \
  || { echo "debootstrap failed: see $work/debootstrap.log"; exit 1; }
# nothing an image needs: package caches, documentation, manual pages, locales other than C
rm -rf "$work"/rootfs/var/cache/apt/* "$work"/rootfs/var/lib/apt/lists/* "$work"/rootfs/usr/share/doc/* \
  "$work"/rootfs/usr/share/man/* "$work"/rootfs/usr/share/info/* "$work"/rootfs/var/log/* "$work"/rootfs/tmp/*
chmod 1777 "$work/rootfs/tmp"
java_home=$(dirname "$(dirname "$(readlink -f "$work/rootfs/usr/bin/java" | sed "s|^$work/rootfs||")")")
[ -x "$work/rootfs$java_home/bin/java" ] || { echo "no java in the base: see $work/debootstrap.log"; exit 1; }

tar --numeric-owner --xattrs -C "$work/rootfs" -cf "$work/layer.tar" .
python3 - "$work" "$out" "$java_home" "$suite" <<'PY'
import hashlib, json, os, sys, tarfile, datetime
work, out, java_home, suite = sys.argv[1:]
layer = os.path.join(work, "layer.tar")
h = hashlib.sha256()
with open(layer, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
diff_id = "sha256:" + h.hexdigest()
config = {
    "architecture": "amd64", "os": "linux",
    "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       "JAVA_HOME=" + java_home, "LANG=C.UTF-8"],
               "Cmd": ["/bin/sh"]},
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created_by": "debootstrap --variant=minbase --include=openjdk-17-jre-headless " + suite}],
}
cfg = json.dumps(config).encode()
cfg_name = hashlib.sha256(cfg).hexdigest() + ".json"
with open(os.path.join(work, cfg_name), "wb") as f:
    f.write(cfg)
manifest = [{"Config": cfg_name, "RepoTags": ["liaison-base/debian-jre17:" + suite], "Layers": ["layer.tar"]}]
with open(os.path.join(work, "manifest.json"), "w") as f:
    json.dump(manifest, f)
with tarfile.open(out, "w") as t:
    for name in ("manifest.json", cfg_name, "layer.tar"):
        t.add(os.path.join(work, name), arcname=name)
PY
rm -f "$work/layer.tar"
echo "base image $out ($(du -h "$out" | cut -f1), java at $java_home) in $(( $(date +%s) - start )) s"
echo "build Liaison's image on it: ./mvnw -Pimage -pl ui -am package -DskipTests -Dliaison.image.base=tar://$out"
