package dev.specgen.runtime.body;

/**
 * Something that can be sent as a {@code multipart/form-data} body: a generated form type with a
 * component per part, or a {@link MultipartBody} built part by part.
 */
public interface MultipartForm {

  /**
   * Lays the form out as parts.
   *
   * @return the parts, in order
   */
  MultipartBody toMultipartBody();
}
