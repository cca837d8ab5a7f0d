def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'target/generated-sources/specgen/com/acme/crm')

assert (log =~ /Specgen: 4 specs, 4 operations, \d+ types, \d+ files, \d+ warnings in \d+ ms/).size() == 2
def upToDate = log =~ /Specgen: 4 spec\(s\) up to date, nothing written \((\d+) ms\)/
assert upToDate.size() == 1
assert log.lastIndexOf('up to date') > log.lastIndexOf(' types, ')
println "up-to-date check of the four flagship specs took ${upToDate[0][1]} ms"

['front', 'chatwoot', 'highlevel', 'inquirly'].each { api ->
  assert new File(sources, "${api}/.specgen-generated").isFile()
  assert new File(sources, api).list().count { it.endsWith('.java') } > 1 : "no code for ${api}"
  sources.toPath().resolve(api).toFile().eachFileRecurse { f ->
    if (f.name.endsWith('.java')) {
      def rel = sources.toPath().relativize(f.toPath()).toString().replace('.java', '.class')
      assert new File(basedir, 'target/classes/com/acme/crm/' + rel).isFile() : "not compiled: $f"
    }
  }
}
def snippets = new File(basedir, 'target/generated-test-sources/specgen')
snippets.eachFileRecurse { f ->
  if (f.name.endsWith('.java')) {
    def rel = snippets.toPath().relativize(f.toPath()).toString().replace('.java', '.class')
    assert new File(basedir, 'target/test-classes/' + rel).isFile() : "not compiled: $f"
  }
}
// The shared fragment is part of the $ref closure of chatwoot and inquirly.
def state = new File(basedir, 'target/specgen-state/default.properties').text
assert state.contains('common/chatwoot-compatible.yaml')
// Rebuilding from scratch writes the same bytes.
def compared = 0
['sources': 'generated-sources/specgen', 'docs': 'generated-docs/specgen',
 'snippets': 'generated-test-sources/specgen'].each { saved, generated ->
  def before = new File(basedir, "snapshot/${saved}")
  def after = new File(basedir, "target/${generated}")
  if (!before.exists()) {
    assert !after.exists()
    return
  }
  def files = { File root ->
    def list = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { list << root.toPath().relativize(it.toPath()).toString() }
    list.sort()
  }
  assert files(before) == files(after)
  files(before).each { rel ->
    assert new File(before, rel).bytes == new File(after, rel).bytes : "${generated}/${rel} differs"
    compared++
  }
}
println "${compared} generated files identical after a clean rebuild"
assert compared > 0
return true
