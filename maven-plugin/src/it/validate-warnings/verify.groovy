def log = new File(basedir, 'build.log').text
def warning = "[WARNING] src/main/specs/tags.yaml:17:17: warning: array without 'items'; its items are read as any JSON value (at /paths/~1tags/get/responses/200/content/application~1json/schema)"

// Build 1 passes with the warning shown; builds 2 (validate) and 3 (generate) fail on it.
assert log.count(warning) == 3
assert log.contains('Specgen: 1 spec(s) valid, 1 warning(s)')
assert log.contains('Specgen: 1 warning(s) with failOnWarnings set in the specs, first: src/main/specs/tags.yaml:17:17: warning:')
assert log.readLines().count { it.startsWith('[ERROR] Failed to execute goal dev.specgen')
    && it.contains('1 warning(s) with failOnWarnings set') } == 2
assert log.contains('specgen:' + projectVersion + ':generate (default-cli)')
// Warnings that fail the build leave the output alone, like errors: nothing was written.
assert !new File(basedir, 'target/generated-sources/specgen/generated').exists()
return true
