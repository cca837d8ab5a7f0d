package dev.specgen.testing;

import dev.specgen.emit.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources held in memory with the JDK compiler and loads the resulting classes,
 * without touching the disk. Meant for tests of generated code:
 *
 * <pre>{@code
 * InMemoryCompiler.Compilation compilation = InMemoryCompiler.create()
 *     .compile(Map.of("com/acme/Pet.java", source))
 *     .assertSucceeded();
 * Class<?> pet = compilation.loadClass("com.acme.Pet");
 * }</pre>
 *
 * <p>The classpath is the test's own ({@code java.class.path}), so generated code sees
 * jackson-annotations, the client runtime and everything else the test sees; loaded classes share
 * those libraries with the test (the test's class loader is their parent), so a test's {@code
 * ObjectMapper} understands their annotations. Compile many sources in one call: each call starts
 * the compiler afresh, which costs about a second.
 *
 * <p>Instances are immutable; {@code with...} methods return changed copies.
 */
public final class InMemoryCompiler {

  /** Options every compilation gets: Java 17, no annotation processing. */
  private static final List<String> BASE_OPTIONS = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8");

  private final String classpath;
  private final List<String> options;

  private InMemoryCompiler(String classpath, List<String> options) {
    this.classpath = classpath;
    this.options = List.copyOf(options);
  }

  /** A compiler with the test's classpath, reporting all lint warnings without failing on them. */
  public static InMemoryCompiler create() {
    return new InMemoryCompiler(System.getProperty("java.class.path"), List.of("-Xlint:all"));
  }

  /** A copy that also passes {@code extraOptions} to javac, e.g. {@code "-Werror"}. */
  public InMemoryCompiler withOptions(String... extraOptions) {
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of(extraOptions));
    return new InMemoryCompiler(classpath, all);
  }

  /** A copy that compiles against {@code paths} (joined with the platform separator) instead. */
  public InMemoryCompiler withClasspath(List<String> paths) {
    return new InMemoryCompiler(String.join(File.pathSeparator, paths), options);
  }

  /** Compiles generated files; only {@code .java} files are compiled. */
  public Compilation compileFiles(Collection<GeneratedFile> files) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (GeneratedFile file : files) {
      if (file.relativePath().endsWith(".java")) {
        sources.put(file.relativePath(), file.content());
      }
    }
    return compile(sources);
  }

  /**
   * Compiles {@code sources} together, in one compiler run.
   *
   * @param sources source text by relative path ({@code com/acme/Pet.java}); the path should
   *     match the package and the public class, as javac expects of files
   * @return the outcome; check {@link Compilation#succeeded()} or call {@link
   *     Compilation#assertSucceeded()}
   */
  public Compilation compile(Map<String, String> sources) {
    JavaCompiler compiler = Objects.requireNonNull(ToolProvider.getSystemJavaCompiler(),
        "no system Java compiler: run the tests on a JDK, not a JRE");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = sources.entrySet().stream()
        .map(e -> (JavaFileObject) new SourceFile(e.getKey(), e.getValue()))
        .toList();
    List<String> allOptions = new ArrayList<>(BASE_OPTIONS);
    allOptions.addAll(List.of("-classpath", classpath));
    allOptions.addAll(options);
    Map<String, byte[]> classes = new LinkedHashMap<>();
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        ClassCollector manager = new ClassCollector(standard, classes)) {
      success = compiler.getTask(output, manager, diagnostics, allOptions, null, units).call();
    } catch (IOException e) {
      throw new IllegalStateException("cannot close the compiler's file manager", e);
    }
    return new Compilation(success, diagnostics.getDiagnostics(), classes, output.toString());
  }

  /**
   * The outcome of one compiler run. Its classes are loaded by one class loader, created on first
   * use, whose parent is the test's loader: the classes share Jackson and the runtime with the test.
   */
  public static final class Compilation {
    private final boolean succeeded;
    private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    private final Map<String, byte[]> classes;
    private final String output;
    private ClassLoader loader;

    Compilation(boolean succeeded, List<Diagnostic<? extends JavaFileObject>> diagnostics,
        Map<String, byte[]> classes, String output) {
      this.succeeded = succeeded;
      this.diagnostics = List.copyOf(diagnostics);
      this.classes = Map.copyOf(classes);
      this.output = output;
    }

    /** Whether javac reported no error. */
    public boolean succeeded() {
      return succeeded;
    }

    /** Every error, warning and note javac reported. */
    public List<Diagnostic<? extends JavaFileObject>> diagnostics() {
      return diagnostics;
    }

    /** Class files by binary name ({@code com.acme.Pet$Cat}). */
    public Map<String, byte[]> classes() {
      return classes;
    }

    /** This compilation, or an {@link AssertionError} listing javac's errors with their lines. */
    public Compilation assertSucceeded() {
      if (!succeeded) {
        throw new AssertionError("compilation failed:\n" + report(Diagnostic.Kind.ERROR) + output);
      }
      return this;
    }

    /** Diagnostics of {@code kind}, one per line: {@code mem:///com/acme/Pet.java:12: message}. */
    public String report(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == kind)
          .map(Compilation::format)
          .collect(Collectors.joining("\n"));
    }

    /** Warnings javac reported, formatted like {@link #report}. */
    public List<String> warnings() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
          .map(Compilation::format)
          .toList();
    }

    /** The class loader of the compiled classes (always the same one for this compilation). */
    public synchronized ClassLoader classLoader() {
      if (loader == null) {
        loader = new MemoryClassLoader(classes, InMemoryCompiler.class.getClassLoader());
      }
      return loader;
    }

    /** Loads and initializes one compiled class by its binary name. */
    public Class<?> loadClass(String binaryName) {
      try {
        return Class.forName(binaryName, true, classLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError("no compiled class " + binaryName + " among " + classes.keySet(), e);
      }
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
      String source = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
      return source + d.getMessage(Locale.ROOT);
    }
  }

  /** A source file held as a string; its name is the relative path given. */
  private static final class SourceFile extends SimpleJavaFileObject {
    private final String text;

    SourceFile(String relativePath, String text) {
      super(URI.create("mem:///" + relativePath.replace('\\', '/')), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Keeps class files in memory instead of writing them. */
  private static final class ClassCollector extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<String, byte[]> classes;

    ClassCollector(JavaFileManager delegate, Map<String, byte[]> classes) {
      super(delegate);
      this.classes = classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() {
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }

  /** Defines the compiled classes on demand, delegating everything else to its parent. */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
