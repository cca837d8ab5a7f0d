/**
 * Bodies other than JSON: files and byte streams ({@link dev.specgen.runtime.body.BinaryData}),
 * multipart forms sent as they are read ({@link dev.specgen.runtime.body.MultipartBody}),
 * downloads ({@link dev.specgen.runtime.body.BinaryResponse}) and server-sent events ({@link
 * dev.specgen.runtime.body.EventStream}).
 */
package dev.specgen.runtime.body;
