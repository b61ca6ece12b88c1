#!/usr/bin/env bash
# Builds libprodready-treesitter.so: the tree-sitter runtime (from the npm tarball of the node binding, which vendors
# its C sources) compiled at -O2 with our JNI glue. Called by Maven (prodready-engine's pom) in generate-resources.
# Usage: build.sh OUTPUT_CLASSES_DIR WORK_DIR JAVA_HOME [auto|required|off]
# Mode (argument, or PRODREADY_NATIVE in the environment, which wins when set): auto warns and goes on when gcc, npm
# or the compile fail (the engine then parses through the io.github.bonede binding); required fails the build;
# off builds nothing and removes the library from the classes.
set -uo pipefail

classes="$1"
work="$2"
java_home="$3"
mode="${PRODREADY_NATIVE:-${4:-auto}}"
here="$(cd "$(dirname "$0")" && pwd)"

# Pinned runtime: npm package tree-sitter 0.25.1 (runtime sources under package/vendor/tree-sitter/lib). The sha256
# is checked on top of npm's own integrity check, so a changed tarball never compiles into the engine.
ts_package="tree-sitter@0.25.1"
ts_tarball="tree-sitter-0.25.1.tgz"
ts_sha256="07aeba8dd71630e7e72b2d4ca3bd2680c3471824100cc5ebff44e78a6ed0b6d3"

warn() {
  if [ "$mode" = "required" ]; then
    echo "[ERROR] native tree-sitter runtime: $1 (PRODREADY_NATIVE/prodready.native=required)" >&2
    exit 1
  fi
  echo "[WARNING] native tree-sitter runtime not built: $1; the engine will parse through the io.github.bonede binding" >&2
  exit 0
}

if [ "$mode" = "off" ]; then
  rm -rf "$classes/native"
  exit 0
fi
command -v gcc >/dev/null 2>&1 || warn "gcc not found"
# the library's platform is the one gcc compiles for (the JVM picks it by os.name/os.arch)
target="$(gcc -dumpmachine 2>/dev/null)"
case "$target" in
  x86_64-*linux*) platform=linux-x86_64 ;;
  aarch64-*linux*) platform=linux-aarch64 ;;
  *) warn "built only for Linux x86_64/aarch64, gcc targets '$target'" ;;
esac
out="$classes/native/$platform/libprodready-treesitter.so"
glue="$here/prodready_treesitter.c"
if [ -f "$out" ] && [ "$out" -nt "$glue" ] && [ "$out" -nt "$here/build.sh" ]; then
  exit 0   # up to date
fi

[ -f "$java_home/include/jni.h" ] || warn "no JNI headers under $java_home/include (a JDK, not a JRE, is needed)"

sources="$work/$ts_package/package/vendor/tree-sitter/lib"
if [ ! -f "$sources/src/lib.c" ]; then
  command -v npm >/dev/null 2>&1 || warn "npm not found (it fetches the runtime sources, $ts_package)"
  rm -rf "$work/$ts_package"
  mkdir -p "$work/$ts_package" || warn "cannot create $work"
  # --prefer-offline: after the first fetch the npm cache serves the tarball without the network
  (cd "$work/$ts_package" && npm pack "$ts_package" --prefer-offline --ignore-scripts --fetch-retries=1 --silent >/dev/null 2>npm.log) \
    || warn "npm pack $ts_package failed: $(tail -n 3 "$work/$ts_package/npm.log" 2>/dev/null | tr '\n' ' ')"
  actual="$(sha256sum "$work/$ts_package/$ts_tarball" | cut -d' ' -f1)"
  [ "$actual" = "$ts_sha256" ] || warn "$ts_tarball has sha256 $actual, expected $ts_sha256"
  tar -xzf "$work/$ts_package/$ts_tarball" -C "$work/$ts_package" package/vendor/tree-sitter/lib \
    || warn "cannot unpack $ts_tarball"
fi

mkdir -p "$(dirname "$out")" || warn "cannot create $(dirname "$out")"
tmp="$out.tmp.$$"
# -O2 (the binding's library is built at -O0); hidden visibility exports only the JNI functions; -Bsymbolic binds
# the runtime's calls inside this library, whatever other tree-sitter runtime the JVM has loaded.
if ! gcc -O2 -fPIC -shared -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DNDEBUG \
    -fvisibility=hidden -fno-semantic-interposition -DTREE_SITTER_HIDE_SYMBOLS -DTREE_SITTER_HIDDEN_SYMBOLS \
    -I"$sources/include" -I"$sources/src" -I"$java_home/include" -I"$java_home/include/linux" \
    "$sources/src/lib.c" "$glue" \
    -Wl,-Bsymbolic -Wl,-z,defs -Wl,-z,noexecstack -s -o "$tmp" 2>"$work/gcc.log"; then
  rm -f "$tmp"
  warn "gcc failed: $(head -n 5 "$work/gcc.log" | tr '\n' ' ')"
fi
mv -f "$tmp" "$out" || warn "cannot write $out"
exit 0
