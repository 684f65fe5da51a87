#!/bin/sh
# Vendor the graph library of the report from the npm registry (`make vendor`): fetch the
# pinned package with `npm pack`, check its registry integrity, copy the minified build and its
# LICENSE here, and record name, version, licence and sha256 in VENDOR.txt. The files are
# committed, so a fresh clone needs no npm.
set -eu
NAME=cytoscape
VERSION=3.33.1
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "$NAME@$VERSION" >/dev/null
tar -xzf "$NAME-$VERSION.tgz"
cp package/dist/cytoscape.min.js "$HERE/cytoscape.min.js"
cp package/LICENSE "$HERE/cytoscape.LICENSE"
LICENCE=$(node -p "require('./package/package.json').license")
TARBALL_SHA=$(sha256sum "$NAME-$VERSION.tgz" | cut -d' ' -f1)
FILE_SHA=$(sha256sum "$HERE/cytoscape.min.js" | cut -d' ' -f1)
cat > "$HERE/VENDOR.txt" <<END
# Third-party files of the report, fetched by \`make vendor\` (compare/static/vendor/vendor.sh).
name = $NAME
version = $VERSION
licence = $LICENCE (cytoscape.LICENSE)
source = https://registry.npmjs.org/$NAME/-/$NAME-$VERSION.tgz
tarball_sha256 = $TARBALL_SHA
file = cytoscape.min.js
file_sha256 = $FILE_SHA
END
echo "vendored $NAME $VERSION ($LICENCE) sha256 $FILE_SHA"
