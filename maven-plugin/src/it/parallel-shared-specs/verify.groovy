def log = new File(basedir, 'build.log').text
def modules = ['billing', 'catalog', 'shipping']
assert (log =~ /Using the MultiThreadedBuilder implementation with a thread count of 3/).size() == 2
assert !log.contains('is not marked as thread-safe')
assert (log =~ /Specgen: 1 spec, 1 operations, 2 types, \d+ files, 0 warnings in \d+ ms/).size() == 3
assert (log =~ /Specgen: 1 spec\(s\) up to date, nothing written/).size() == 3

modules.each { m ->
  def module = new File(basedir, "${m}-api")
  def classes = new File(module, "target/classes/com/acme/${m}")
  assert classes.list().findAll { it.endsWith('.class') }.size() >= 3 : "$m-api did not compile its client"
  assert new File(classes, 'Money.class').isFile()
  // Each module's state names the shared fragment in the sibling folder, relative to the module.
  def state = new File(module, 'target/specgen-state/default.properties').text
  assert state.contains("spec ../shared-specs/${m}.yaml")
  assert state.readLines().any { it.startsWith('file ') && it.endsWith(' ../shared-specs/common/money.yaml') }
}
return true
