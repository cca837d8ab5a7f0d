def log = new File(basedir, 'build.log').text

// What each build logged, in order.
def events = log.readLines().collect { line ->
  def generated = line =~ /Specgen: (\d) specs?, \d+ operations, \d+ types, \d+ files, 0 warnings in \d+ ms/
  if (generated.find()) {
    return "generated ${generated.group(1)}"
  }
  def upToDate = line =~ /Specgen: (\d) spec\(s\) up to date, nothing written \(\d+ ms\)/
  if (upToDate.find()) {
    return "up to date ${upToDate.group(1)}"
  }
  def leftAlone = line =~ /Specgen: (\d) spec\(s\) up to date, left as they were/
  return leftAlone.find() ? "left alone ${leftAlone.group(1)}" : null
}.findAll { it != null }

assert events == [
    'generated 2',               // 1: first build
    'up to date 2',              // 2: nothing changed
    'generated 2',               // 3: generateHtml=false, a setting of every spec
    'generated 1', 'left alone 1', // 4: the orders package was deleted; pets kept its files
    'up to date 2',              // 5: nothing changed since 4
] : events

def sources = new File(basedir, 'target/generated-sources/specgen/com/acme/shop')
assert new File(sources, 'orders/.specgen-generated').isFile()
assert new File(sources, 'pets/.specgen-generated').isFile()
assert !new File(basedir, 'target/generated-docs/specgen/pets/html').exists() : 'generated without HTML since build 3'
def state = new File(basedir, 'target/specgen-state/default.properties').readLines()
assert state.contains('setting html false')
return true
