def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/specgen/com/acme/pets')
def started = new File(basedir, 'target/second-build/started.txt')

// Build 1 succeeded; build 2 failed with the error located in the spec, relative to the project.
assert log =~ /Specgen: 1 spec, 1 operations, 2 types, \d+ files, 0 warnings in \d+ ms/
assert log.contains("[ERROR] src/main/specs/pets.yaml:27:25: error: unknown \$ref './common/pet.yaml#/components/schemas/Pett' (at /paths/~1pets/get/responses/200/content/application~1json/schema/items/\$ref)")
assert log.contains('Specgen: 1 error(s) in the specs, first: src/main/specs/pets.yaml:27:25: error:')
assert log.contains('Earlier generated sources were left as they were.')
// A failure of the build, not a crash: no exception but Maven's own MojoFailureException.
assert !(log =~ /Caused by: (?!org\.apache\.maven\.plugin\.MojoFailureException)/)

// The first build's output is intact and untouched.
assert started.isFile()
assert new File(generated, '.specgen-generated').isFile()
generated.eachFileRecurse { f -> assert f.lastModified() < started.lastModified() : "$f changed" }
// Nothing half-written next to it.
assert generated.parentFile.list().findAll { it.startsWith('.specgen-') }.isEmpty()
// The failed run forgot the previous state, so the next build generates again.
assert !new File(basedir, 'target/specgen-state/default.properties').exists()
return true
