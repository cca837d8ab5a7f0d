/**
 * The preconfigured Jackson {@code ObjectMapper} that generated clients use, with {@code java.time}
 * support built from plain databind serializers.
 */
package dev.specgen.runtime.json;
