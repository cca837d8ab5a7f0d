def log = new File(basedir, 'build.log').text
assert (log =~ /Specgen: skipped/).size() == 2
assert !new File(basedir, 'target/generated-sources/specgen').exists()
assert !new File(basedir, 'target/specgen-state').exists()
return true
