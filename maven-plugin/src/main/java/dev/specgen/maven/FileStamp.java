package dev.specgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file's content hash and the metadata it had when hashed.
 *
 * @param path the file as the state writes it (see {@link ProjectPaths})
 * @param sha256 the SHA-256 of its content
 * @param size its size in bytes
 * @param modified its modification time, epoch millis
 */
record FileStamp(String path, String sha256, long size, long modified) {

  /**
   * Whether {@code file} still has this content, reading it only when its metadata changed or when
   * it was modified less than {@code racyMillis} before {@code recordedAt} (a later edit in the
   * same tick of a coarse file system clock could have kept its time).
   */
  boolean matches(Path file, long recordedAt, long racyMillis) {
    try {
      BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
      if (now.size() != size) {
        return false;
      }
      if (now.lastModifiedTime().toMillis() == modified && modified < recordedAt - racyMillis) {
        return true;
      }
      return sha256.equals(hashOf(file).orElse(""));
    } catch (IOException e) {
      return false;
    }
  }

  /** The stamp as the state writes it: {@code <sha256> <size> <modified> <path>}. */
  String line() {
    return sha256 + " " + size + " " + modified + " " + path;
  }

  /** The stamp of {@code file} as it is now, recorded as {@code path}; empty when unreadable. */
  static Optional<FileStamp> of(Path file, String path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return hashOf(file).map(h -> new FileStamp(path, h, attributes.size(),
          attributes.lastModifiedTime().toMillis()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The SHA-256 of a file's content; empty when it cannot be read. */
  static Optional<String> hashOf(Path file) {
    try {
      return Optional.of(sha256(Files.readAllBytes(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
