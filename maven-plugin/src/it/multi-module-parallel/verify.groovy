def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert (log =~ /Specgen: 1 spec, 1 operations, \d types, \d+ files, 0 warnings in \d+ ms/).size() == 2
assert new File(basedir, 'pets-api/target/generated-sources/specgen/com/acme/pets/.specgen-generated').isFile()
assert new File(basedir, 'orders-api/target/generated-sources/specgen/com/acme/orders/.specgen-generated').isFile()
assert !log.contains('is not marked as thread-safe')
return true
