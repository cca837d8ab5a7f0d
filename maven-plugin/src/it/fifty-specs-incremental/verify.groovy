def log = new File(basedir, 'build.log').text
def roots = ['target/generated-sources/specgen', 'target/generated-docs/specgen',
             'target/generated-test-sources/specgen'].collect { new File(basedir, it) }
def build2 = new File(basedir, 'target/build-2/started.txt').lastModified()
def build3 = new File(basedir, 'target/build-3/started.txt').lastModified()
assert build2 > 0 && build3 > build2

// Build 1 generated all 50; build 2 only the changed spec; build 3 nothing, but removed svc12.
assert (log =~ /Specgen: 50 specs, 50 operations, 100 types, \d+ files, 0 warnings in \d+ ms/).size() == 1
assert (log =~ /Specgen: 1 spec, 1 operations, 2 types, \d+ files, 0 warnings in \d+ ms/).size() == 1
assert (log =~ /Specgen: 49 spec\(s\) up to date, left as they were/).size() == 2
def removed = (log =~ /Specgen: removed stale output (.*)/).collect { it[1].trim().replace('\\', '/') }
assert removed.size() == 3 : removed
assert removed.every { it.endsWith('/com/acme/fleet/svc12') || it.endsWith('/specgen/svc12') }

// svc07's folders were written by build 2 and only by it: its files whose text changed (and its
// markers) rewritten, the others kept as build 1 wrote them. No other file was touched after build 1.
def svc07 = ~/.*[\/\\](svc07)([\/\\].*)?$/
int others = 0
int changed = 0
roots.each { root ->
  root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    if (f.path ==~ svc07) {
      assert f.lastModified() < build3 : "$f was written after build 2"
      if (f.lastModified() >= build2) {
        changed++
      }
    } else {
      others++
      assert f.lastModified() < build2 : "$f was rewritten although its spec did not change"
    }
  }
}
assert changed >= 4 : "svc07's Item and its sources, docs and snippets markers were written by build 2"
assert others > 49 * 4
assert new File(basedir, 'target/generated-sources/specgen/com/acme/fleet/svc07/Item.java').text.contains('note')

// svc12 is gone everywhere, its neighbours are still there.
roots.each { assert !new File(it, 'com/acme/fleet/svc12').exists() && !new File(it, 'svc12').exists() }
assert new File(roots[0], 'com/acme/fleet/svc11/.specgen-generated').isFile()
assert new File(roots[0], 'com/acme/fleet/svc13/.specgen-generated').isFile()

// The state has one block per remaining spec, each with its own closure, fragment included.
def state = new File(basedir, 'target/specgen-state/default.properties').readLines()
assert state.count { it.startsWith('spec ') } == 49
assert state.count { it.endsWith(' src/main/specs/common/problem.yaml') } == 49
assert !state.any { it.contains('svc12') }
return true
