// Package chromiumtest finds the headless Chromium that kg's browser tests
// drive: the HTML export, the report and Neo4j Browser.
package chromiumtest

import (
	"os"
	"os/exec"
	"testing"
)

// names are the commands Chromium installs under, in the order tried.
var names = []string{"chromium", "chromium-browser", "google-chrome"}

// Binary returns the path of Chromium. Without one it skips t, or fails it
// when CI=true: CI installs Chromium, so a skip there would hide a test.
func Binary(t testing.TB) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is required in CI (apt-get install -y chromium)")
	}
	t.Skip("chromium not installed (apt-get install -y chromium): the page is not opened in a browser")
	return ""
}
