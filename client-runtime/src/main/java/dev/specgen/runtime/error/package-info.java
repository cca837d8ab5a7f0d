/**
 * The exceptions a generated client throws. All extend {@link
 * dev.specgen.runtime.error.SpecgenException}; a non-2xx response raises an {@link
 * dev.specgen.runtime.error.ApiException} subtype chosen by status. Messages never contain
 * credentials.
 */
package dev.specgen.runtime.error;
