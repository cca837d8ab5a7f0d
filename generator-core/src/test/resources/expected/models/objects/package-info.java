// Source: objects.yaml
/**
 * The API's client and models; types are not {@code null} unless marked {@code @Nullable}.
 */
@org.jspecify.annotations.NullMarked
package dev.specgen.models.objects;
