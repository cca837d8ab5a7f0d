def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/specgen/com/acme/pets')

assert log.contains('Specgen: 1 spec(s) valid')
assert log =~ /Specgen: 1 spec, 1 operations, 2 types, \d+ files, 0 warnings in \d+ ms/
assert new File(generated, '.specgen-generated').isFile()
// The model (with its enum) and the client, and the docs.
['Pet.java', 'PetStatus.java', 'PetsClient.java'].each { assert new File(generated, it).isFile() : it }
assert new File(basedir, 'target/generated-docs/specgen/pets/README.md').isFile()
assert new File(basedir, 'target/specgen-state/default.properties').isFile()
// The fragment is a $ref target, not a spec of its own.
assert !new File(basedir, 'target/generated-sources/specgen/com/acme/pets/common').exists()
assert new File(basedir, 'target/classes/com/acme/app/App.class').isFile()
// Every generated source was compiled.
generated.eachFileRecurse { f ->
  if (f.name.endsWith('.java')) {
    def rel = generated.toPath().relativize(f.toPath()).toString().replace('.java', '.class')
    assert new File(basedir, 'target/classes/com/acme/pets/' + rel).isFile() : "not compiled: $f"
  }
}
// Snippet classes are compiled with the tests.
def snippets = new File(basedir, 'target/generated-test-sources/specgen')
if (snippets.exists()) {
  snippets.eachFileRecurse { f ->
    if (f.name.endsWith('.java')) {
      def rel = snippets.toPath().relativize(f.toPath()).toString().replace('.java', '.class')
      assert new File(basedir, 'target/test-classes/' + rel).isFile() : "not compiled: $f"
    }
  }
}
return true
