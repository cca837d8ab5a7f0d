package dev.specgen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import javax.annotation.processing.Generated;

/**
 * Renders generated types as source text, the same way for every emitter: a {@code // Source:}
 * comment naming where the type came from, four-space indent, no {@code java.lang} imports.
 */
public final class JavaFiles {

  private JavaFiles() {}

  /** Starts every rendered file, before the spec location the type came from. */
  private static final String SOURCE_LINE = "// Source: ";

  /** The source text of {@code type} in {@code packageName}; {@code source} is e.g. {@code front.yaml#/paths/...}. */
  public static String render(String packageName, TypeSpec type, String source) {
    return JavaFile.builder(packageName, type)
        .addFileComment("Source: $L", commentSafe(source))
        .skipJavaLangImports(true)
        .indent("    ")
        .build()
        .toString()
        .transform(CompactLayout::compact);
  }

  /**
   * The file of a top-level type at the path {@link OutputPaths} gives its class, rendered with
   * {@link #render}. Inside a fork/join pool (a run emitting on all cores) rendering becomes a
   * task of that pool while other threads are free to take it, so idle cores render while the
   * emitter goes on; once enough renderings wait, the emitter renders this one itself, so that
   * the types waiting to be rendered (larger than their text) stay few. Elsewhere the file is
   * rendered when it is asked for.
   */
  public static GeneratedFile file(GeneratedFile.Target target, String packageName, TypeSpec type,
      String source) {
    String path = OutputPaths.javaFile(ClassName.get(packageName, type.name()));
    if (!ForkJoinTask.inForkJoinPool()) {
      return GeneratedFile.rendered(target, path, () -> render(packageName, type, source));
    }
    if (ForkJoinTask.getSurplusQueuedTaskCount() > MAX_WAITING_RENDERS) {
      return new GeneratedFile(target, path, render(packageName, type, source));
    }
    Rendering rendering = new Rendering(packageName, type, source);
    rendering.fork();
    return GeneratedFile.rendered(target, path, rendering::join);
  }

  /**
   * The file of a top-level type like {@link #file}, rendered now on this thread: for a large type
   * that should not wait for a free thread.
   */
  public static GeneratedFile renderedFile(GeneratedFile.Target target, String packageName, TypeSpec type,
      String source) {
    String path = OutputPaths.javaFile(ClassName.get(packageName, type.name()));
    return new GeneratedFile(target, path, render(packageName, type, source));
  }

  /**
   * A type rendered by another thread of the pool. It lets go of the type once rendered: a type
   * weighs several times its text, and the file is held until the writer takes it.
   */
  private static final class Rendering extends RecursiveTask<String> {

    private final String packageName;
    private final String source;
    private TypeSpec type;

    Rendering(String packageName, TypeSpec type, String source) {
      this.packageName = packageName;
      this.type = type;
      this.source = source;
    }

    @Override
    protected String compute() {
      String text = render(packageName, type, source);
      type = null;
      return text;
    }
  }

  /** Renderings a thread leaves waiting for other threads before it renders itself. */
  private static final int MAX_WAITING_RENDERS = 3;

  /**
   * The {@code package-info.java} of a generated package: {@code @NullMarked}, so that every type
   * in it without JSpecify's {@code @Nullable} is never {@code null}, which IDEs and NullAway check
   * in callers.
   *
   * @param target the output folder of the package's files
   * @param packageName the package
   * @param summary the package's Javadoc, one sentence
   * @param source where the package came from, for the {@code // Source:} line
   * @return the file
   */
  public static GeneratedFile packageInfo(GeneratedFile.Target target, String packageName, String summary,
      String source) {
    String text = SOURCE_LINE + commentSafe(source) + "\n"
        + "/**\n * " + summary + "\n */\n"
        + "@" + NULL_MARKED + "\n"
        + "package " + packageName + ";\n";
    return new GeneratedFile(target, OutputPaths.packageFolder(packageName) + "/package-info.java", text);
  }

  /** JSpecify's package annotation, written fully qualified so that no import can shadow a class. */
  private static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";

  /** {@code @Generated("dev.specgen.emit.model.ModelEmitter")}: no date, so output is stable. */
  public static AnnotationSpec generatedBy(Class<? extends Emitter> emitter) {
    return AnnotationSpec.builder(Generated.class).addMember("value", "$S", emitter.getName()).build();
  }

  /** The spec location a file rendered by {@link #render} names; empty for other text. */
  public static Optional<String> sourceOf(String text) {
    if (!text.startsWith(SOURCE_LINE)) {
      return Optional.empty();
    }
    int end = text.indexOf('\n');
    return Optional.of(text.substring(SOURCE_LINE.length(), end < 0 ? text.length() : end));
  }

  /**
   * Text safe in a line comment: javac reads a backslash-u sequence as a character even in
   * comments, and a carriage return ends the comment, so backslashes are doubled and control
   * characters percent-encoded (as a URI fragment would have them).
   */
  public static String commentSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c < 0x20 || c == 0x7f) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
