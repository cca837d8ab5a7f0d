def log = new File(basedir, 'build.log').text
def warning = "[WARNING] src/main/specs/tags.yaml:17:17: warning: array without 'items'; its items are read as any JSON value (at /paths/~1tags/get/responses/200/content/application~1json/schema)"

// Build 1 passes with the warning shown; build 2 fails on it.
assert log.count(warning) == 2
assert log.contains('Specgen: 1 spec(s) valid, 1 warning(s)')
assert log.contains('Specgen: 1 warning(s) with failOnWarnings set in the specs, first: src/main/specs/tags.yaml:17:17: warning:')
assert !new File(basedir, 'target/generated-sources').exists()
return true
