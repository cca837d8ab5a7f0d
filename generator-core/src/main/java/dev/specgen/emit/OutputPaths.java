package dev.specgen.emit;

import com.palantir.javapoet.ClassName;
import dev.specgen.naming.SpecSegments;
import java.nio.file.Path;

/**
 * Where generated files go, relative to their output folder: the only place that turns packages,
 * classes and specs into paths. Emitters build their files' paths here, and the generator asks it
 * which folder of each output directory a spec owns.
 */
public final class OutputPaths {

  private OutputPaths() {}

  /** The folder of a package: {@code com.acme} to {@code com/acme}. */
  public static String packageFolder(String packageName) {
    return packageName.replace('.', '/');
  }

  /** The source file of a top-level class: {@code com/acme/Conversation.java}. */
  public static String javaFile(ClassName type) {
    return packageFolder(type.packageName()) + "/" + type.simpleName() + ".java";
  }

  /** A spec's folder under the docs directory: {@code front} for {@code front.yaml}. */
  public static String docsFolder(Path specFile) {
    return SpecSegments.of(specFile);
  }

  /**
   * The folder a spec owns under the output directory of {@code target}: its package folder for
   * sources and snippets, its docs folder for docs. Every file of that target lies inside it.
   */
  public static String ownedFolder(GeneratedFile.Target target, String packageName, Path specFile) {
    return target == GeneratedFile.Target.DOCS ? docsFolder(specFile) : packageFolder(packageName);
  }
}
