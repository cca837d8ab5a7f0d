package dev.specgen.runtime.http;

/**
 * A body read into one array: the first {@code length} bytes of {@code bytes}.
 *
 * @param bytes the array, owned by the response from now on
 * @param length how many bytes of it are the body
 * @param truncated true if the body was longer and the rest was not read
 */
record BufferedBody(byte[] bytes, int length, boolean truncated) {}
