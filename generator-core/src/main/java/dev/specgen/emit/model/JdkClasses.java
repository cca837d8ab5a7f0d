package dev.specgen.emit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.util.List;
import java.util.Optional;

/**
 * Whether a JDK package has a class of a given simple name, looked up in the package's module
 * image. The same question through {@code Class.forName} costs a failed class-path search and an
 * exception per package for every name that is not a JDK class, which is almost every name: for
 * the 4,000 types of a large spec, about 0.4 s of a cold run against 0.08 s here.
 */
final class JdkClasses implements AutoCloseable {

  private final List<Package> packages;

  /** A package and the reader of the module that holds it, if the running JDK has one. */
  private record Package(String name, String folder, Optional<ModuleReader> module) {}

  /**
   * @param packageNames the JDK packages to look in, e.g. {@code java.util}
   */
  JdkClasses(List<String> packageNames) {
    this.packages = packageNames.stream()
        .map(name -> new Package(name, name.replace('.', '/') + "/", moduleHolding(name)))
        .toList();
  }

  /** Whether one of the packages has a class (of any access) called {@code simpleName}. */
  boolean has(String simpleName) {
    for (Package jdkPackage : packages) {
      if (jdkPackage.module().isPresent() ? inImage(jdkPackage, simpleName) : loadable(jdkPackage, simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** Closes the module readers. */
  @Override
  public void close() {
    for (Package jdkPackage : packages) {
      jdkPackage.module().ifPresent(JdkClasses::closeQuietly);
    }
  }

  private static void closeQuietly(ModuleReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing was written: a reader that fails to close loses nothing
    }
  }

  private static boolean inImage(Package jdkPackage, String simpleName) {
    try {
      return jdkPackage.module().orElseThrow().find(jdkPackage.folder() + simpleName + ".class").isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JDK's module image", e);
    }
  }

  /** The way that needs no module image, for a JDK whose package this class could not place. */
  private static boolean loadable(Package jdkPackage, String simpleName) {
    try {
      Class.forName(jdkPackage.name() + "." + simpleName, false, JdkClasses.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The reader of the system module that holds {@code packageName}; empty when none does. */
  private static Optional<ModuleReader> moduleHolding(String packageName) {
    Optional<String> module = ModuleLayer.boot().modules().stream()
        .filter(m -> m.getPackages().contains(packageName))
        .map(Module::getName)
        .findFirst();
    Optional<ModuleReference> reference = module.flatMap(ModuleFinder.ofSystem()::find);
    try {
      return reference.isEmpty() ? Optional.empty() : Optional.of(reference.get().open());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
