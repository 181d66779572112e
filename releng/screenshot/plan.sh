#!/bin/sh
# Takes the README's pictures of the Plan editor and the timeline (docs/plan-*.png, docs/timeline-*.png), in
# the light and the dark theme, from a scripted task in a test workbench: the Screenshots test of
# tests/dev.piassistant.ui.plan.tests, run with -Dpi.screenshots. Needs Xvfb; PI_SCREENSHOT_DISPLAY picks the
# display number for its virtual screen (default :96).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
display=${PI_SCREENSHOT_DISPLAY:-:96}
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
cd "$root"
DISPLAY=$display ./mvnw -B verify -pl bundles/dev.piassistant.store,bundles/dev.piassistant.llm,bundles/dev.piassistant.planning,bundles/dev.piassistant.ui.chat,tests/dev.piassistant.testing,tests/dev.piassistant.ui.plan.tests -am \
	-Dpi.screenshots="$root/docs" -Dtest=Screenshots -Dtests.failIfNone=false -Dsurefire.failIfNoSpecifiedTests=false "$@"
ls -l "$root"/docs/plan-*.png "$root"/docs/timeline-*.png
