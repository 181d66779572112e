#!/bin/sh
# Takes the README's pictures of the Agent view (docs/agent-view-light.png, docs/agent-view-dark.png) at its
# default width, from a scripted answer in a test workbench: the Screenshots test of
# tests/dev.piassistant.ui.chat.tests, run with -Dpi.screenshots. Needs Xvfb; PI_SCREENSHOT_DISPLAY picks the
# display number for its virtual screen (default :97).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
display=${PI_SCREENSHOT_DISPLAY:-:97}
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
cd "$root"
DISPLAY=$display ./mvnw -B verify -pl bundles/dev.piassistant.store,bundles/dev.piassistant.llm,bundles/dev.piassistant.planning,bundles/dev.piassistant.edits,bundles/dev.piassistant.ui.diff,bundles/dev.piassistant.tools.mcp,tests/dev.piassistant.ui.chat.tests -am \
	-Dpi.screenshots="$root/docs" -Dtest=Screenshots -Dtests.failIfNone=false -Dsurefire.failIfNoSpecifiedTests=false "$@"
ls -l "$root"/docs/agent-view-*.png
