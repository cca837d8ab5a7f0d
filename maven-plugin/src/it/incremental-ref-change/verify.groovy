def log = new File(basedir, 'build.log').text

// Build 1 generates from the original fragment (Pet, PetStatus), build 2 from the changed one
// (Pet, PetStatus, Tag): the change reached the plugin through the $ref alone.
def runs = (log =~ /Specgen: 1 spec, 1 operations, (\d) types, \d+ files, 0 warnings in \d+ ms/)
assert runs.size() == 2 : "expected two generating builds"
assert runs[0][1] == '2'
assert runs[1][1] == '3'
// Build 3: nothing changed since build 2.
def upToDate = (log =~ /Specgen: 1 spec\(s\) up to date, nothing written/)
assert upToDate.size() == 1
assert log.lastIndexOf('up to date') > log.lastIndexOf('types,')

def state = new File(basedir, 'target/specgen-state/default.properties').text
def fragment = new File(basedir, 'src/main/specs/common/pet.yaml')
def sha = java.security.MessageDigest.getInstance('SHA-256').digest(fragment.bytes).encodeHex().toString()
// Recorded relative to the project, so that the state holds in another checkout folder.
assert state.readLines().any { it == "file ${sha} ${fragment.length()} ${fragment.lastModified()} src/main/specs/common/pet.yaml" }
assert !state.contains(basedir.absolutePath)
return true
