def log = new File(basedir, 'build.log').text
def listening = (log =~ /Specgen gateway: listening on http:\/\/127\.0\.0\.1:(\d+)/)
assert listening.find()
def port = listening.group(1)
assert port != '0'
assert log.contains("pets: http://127.0.0.1:${port}/_specgen/pets/html/index.html -> https://pets.example (0 credentials from the environment)")
assert log.contains('Specgen gateway: stopped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/generated-sources/specgen').exists()
return true
