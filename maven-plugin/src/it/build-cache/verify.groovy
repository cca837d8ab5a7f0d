def log = new File(basedir, 'build.log').text
// One segment per build, in order.
def builds = log.split(/(?m)^\[INFO\] BUILD SUCCESS\s*$/)
assert builds.size() >= 6 : "expected six successful builds"
def ran = { String build -> build =~ /Specgen: 1 spec, 1 operations, \d+ types, \d+ files, 0 warnings/ }
def skipped = { String build -> build.contains('Skipping plugin execution (cached): specgen:generate') }
def checksum = { String build ->
  def found = build =~ /checksum \[?([0-9a-f]{16,})\]?/
  assert found.find() : 'no project checksum in the log'
  found.group(1)
}

// 1: a miss; the goal ran and the build was saved.
assert ran(builds[0]).find() && !skipped(builds[0])
// 2: a hit; the goal was skipped and its outputs restored after `clean`.
assert skipped(builds[1]) && !ran(builds[1]).find()
assert builds[1].contains('Found cached build, restoring')
// 3: another checkout folder, the same entry.
assert skipped(builds[2]) && !ran(builds[2]).find()
assert checksum(builds[2]) == checksum(builds[0])
// 5: one line of the $ref'd fragment changed: a miss, the goal ran again.
assert ran(builds[4]).find() && !skipped(builds[4])
assert checksum(builds[4]) != checksum(builds[0])
// 6: a plugin setting given on the command line is not what the cached build used: it runs.
assert builds[5].contains('Mojo cached parameters mismatch with actual, forcing full project build')
assert ran(builds[5]).find() && !skipped(builds[5])
assert !new File(basedir, 'target/generated-docs/specgen/pets').exists()

// The copy's restored outputs: sources, docs, snippets and the plugin's state.
def copy = new File(basedir, '../../build-cache-it/copy/target')
assert new File(copy, 'generated-sources/specgen/com/acme/pets/PetsClient.java').isFile()
assert new File(copy, 'generated-docs/specgen/pets').list().any { it.endsWith('.md') }
assert new File(copy, 'generated-test-sources/specgen/com/acme/pets/.specgen-generated').isFile()
def state = new File(copy, 'specgen-state/default.properties').text
assert state.contains('spec api/pets.yaml') && state.contains(' api/common/pet.yaml')
assert !state.contains(basedir.absolutePath)

// The last build generated from the changed fragment.
assert new File(basedir, 'target/generated-sources/specgen/com/acme/pets/PetStatus.java').text.contains('ADOPTED')
return true
