def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/specgen/com/acme/pets/model')

assert log =~ /Specgen: 1 spec, 1 operations, 2 types, \d+ files, 0 warnings in \d+ ms/
assert new File(generated, '.specgen-generated').isFile()
assert new File(generated, 'Pet.java').isFile()
assert new File(generated, 'PetStatus.java').isFile()
assert !new File(generated, 'PetsClient.java').exists()
// No docs, no snippets when generateDocs is false.
assert !new File(basedir, 'target/generated-docs').exists()
assert !new File(basedir, 'target/generated-test-sources/specgen').exists()
// Whatever was generated compiled against specgen-runtime.
generated.eachFileRecurse { f ->
  if (f.name.endsWith('.java')) {
    def rel = generated.toPath().relativize(f.toPath()).toString().replace('.java', '.class')
    assert new File(basedir, 'target/classes/com/acme/pets/model/' + rel).isFile() : "not compiled: $f"
  }
}
return true
