def log = new File(basedir, 'build.log').text
def started = new File(basedir, 'target/second-build/started.txt')
def outputs = ['target/generated-sources/specgen/com/acme/shop/pets',
               'target/generated-sources/specgen/com/acme/shop/orders',
               'target/generated-docs/specgen/pets',
               'target/generated-docs/specgen/orders'].collect { new File(basedir, it) }

// One real run, then one up-to-date run.
assert (log =~ /Specgen: 2 specs, 2 operations, 3 types, \d+ files, 0 warnings in \d+ ms/).size() == 1
def upToDate = log =~ /Specgen: 2 spec\(s\) up to date, nothing written \((\d+) ms\)/
assert upToDate.size() == 1
println "up-to-date check took ${upToDate[0][1]} ms"

// The second build wrote nothing: every generated file is older than its start.
assert started.isFile()
def sources = outputs[0..1]
sources.each { assert new File(it, '.specgen-generated').isFile() : "missing marker in $it" }
outputs.findAll { it.exists() }.each { dir ->
  dir.eachFileRecurse { f ->
    assert f.lastModified() < started.lastModified() : "$f was rewritten by the up-to-date build"
  }
}
def state = new File(basedir, 'target/specgen-state/default.properties')
assert state.lastModified() < started.lastModified()
// The state lists every file of the $ref closure, the shared fragment included.
assert state.text.contains('common/pet.yaml')
assert state.text.contains('orders.json')
return true
