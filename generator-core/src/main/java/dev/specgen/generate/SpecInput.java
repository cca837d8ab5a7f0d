package dev.specgen.generate;

import java.nio.file.Path;

/**
 * One spec to generate from, and the Java package its code goes into.
 *
 * @param spec the root spec file
 * @param packageName a valid Java package name
 */
public record SpecInput(Path spec, String packageName) {}
