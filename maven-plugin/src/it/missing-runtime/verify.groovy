def log = new File(basedir, 'build.log').text
assert log.contains('The generated clients need dev.specgen:specgen-runtime on the compile classpath')
assert log.contains('<dependency>')
assert log.contains('  <groupId>dev.specgen</groupId>')
assert log.contains('  <artifactId>specgen-runtime</artifactId>')
assert log.contains("  <version>${projectVersion}</version>")
// Models need the runtime too, so turning clients off is no way out and is not suggested.
assert !log.contains('<generateClients>false</generateClients>')
// Checked before anything is written.
assert !new File(basedir, 'target/generated-sources/specgen').exists()
return true
