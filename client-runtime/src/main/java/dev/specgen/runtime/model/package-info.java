/**
 * Support for generated models, called by their code and by Jackson: one-pass binding of records
 * ({@link dev.specgen.runtime.model.ModelModule}, {@link dev.specgen.runtime.model.RecordDeserializer}),
 * the JSON of a union being read ({@link dev.specgen.runtime.model.UnionJson}), the immutable,
 * absent-aware copies records hold ({@link dev.specgen.runtime.model.ModelSupport}), and the base
 * classes of open enums ({@link dev.specgen.runtime.model.OpenEnum}) and of record builders
 * ({@link dev.specgen.runtime.model.ModelBuilder}). Generated code
 * depends on these classes; callers rarely need them directly.
 */
@NullMarked
package dev.specgen.runtime.model;

import org.jspecify.annotations.NullMarked;
