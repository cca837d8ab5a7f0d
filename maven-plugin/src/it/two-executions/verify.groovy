def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'target/generated-sources/specgen')

assert log.contains('specgen:' + projectVersion + ':generate (pets)')
assert log.contains('specgen:' + projectVersion + ':generate (orders)')
assert (log =~ /Specgen: 1 spec, 1 operations, \d types, \d+ files, 0 warnings in \d+ ms/).size() == 2
// No packageName: generated.<segment>.
assert new File(sources, 'generated/pets/.specgen-generated').isFile()
assert new File(sources, 'com/acme/orders/.specgen-generated').isFile()
assert new File(sources, 'generated/pets/Pet.java').isFile()
assert new File(sources, 'com/acme/orders/Order.java').isFile()
assert new File(basedir, 'target/classes/com/acme/orders/Order.class').isFile()
// Docs for the first execution only.
assert !new File(basedir, 'target/generated-docs/specgen/orders').exists()
// One state per execution.
assert new File(basedir, 'target/specgen-state/pets.properties').isFile()
assert new File(basedir, 'target/specgen-state/orders.properties').isFile()
return true
