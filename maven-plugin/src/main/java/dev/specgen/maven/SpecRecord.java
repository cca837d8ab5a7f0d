package dev.specgen.maven;

import java.util.List;

/**
 * What a successful run recorded for one spec: enough to tell, spec by spec, whether it must be
 * generated again and what it had written.
 *
 * @param spec the spec file (see {@link ProjectPaths})
 * @param packageName the package it was generated into
 * @param recorded when its files were read for the record, epoch millis: a file modified shortly
 *     before is read again by every check (see {@link BuildFingerprint#RACY_MILLIS})
 * @param files every file of its {@code $ref} closure, the spec itself included
 * @param outputs the folders it owns (its package and docs folders), each holding Specgen's marker
 * @param warnings its formatted warnings, replayed when a later run skips it
 */
record SpecRecord(String spec, String packageName, long recorded, List<FileStamp> files,
    List<String> outputs, List<String> warnings) {

  SpecRecord {
    files = List.copyOf(files);
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
  }
}
