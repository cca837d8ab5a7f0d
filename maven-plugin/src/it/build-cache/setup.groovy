import java.nio.file.Files
import java.nio.file.StandardCopyOption

// The local cache and the second checkout live next to the integration-test folders, so that
// `clean` in the project does not remove them; both are fresh on every run.
def work = new File(basedir, '../../build-cache-it').canonicalFile
def store = new File(work, 'store')
def copy = new File(work, 'copy')
work.deleteDir()
store.mkdirs()

new File(basedir, '.mvn/extensions.xml').text = """\
<extensions>
  <extension>
    <groupId>org.apache.maven.extensions</groupId>
    <artifactId>maven-build-cache-extension</artifactId>
    <version>${buildCacheExtensionVersion}</version>
  </extension>
</extensions>
"""
new File(basedir, '.mvn/maven.config').text = "-Dmaven.build.cache.location=${store.path}\n"

// The second checkout: the same files in another folder (new modification times included).
def from = basedir.toPath()
Files.walk(from).withCloseable { paths ->
  paths.filter { !from.relativize(it).toString().startsWith('target') && !it.fileName.toString().endsWith('.log') }
       .forEach { source ->
         def target = copy.toPath().resolve(from.relativize(source).toString())
         if (Files.isDirectory(source)) {
           Files.createDirectories(target)
         } else {
           Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
         }
       }
}
return true
