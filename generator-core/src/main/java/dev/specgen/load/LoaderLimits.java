package dev.specgen.load;

/**
 * Bounds that keep a hostile or broken spec from exhausting memory or stack.
 *
 * @param maxFileBytes a spec file larger than this is refused before it is read
 * @param maxDepth mappings and lists nested deeper than this are refused
 * @param maxNodes a document whose node count, with every alias expanded, exceeds this is refused
 *     (this is what stops "billion laughs" alias bombs)
 */
public record LoaderLimits(long maxFileBytes, int maxDepth, long maxNodes) {

  /** 50 MB files, 1,000 levels of nesting, ten million nodes. */
  public static final LoaderLimits DEFAULTS = new LoaderLimits(50L * 1024 * 1024, 1_000, 10_000_000);

  public LoaderLimits {
    if (maxFileBytes <= 0 || maxDepth <= 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("loader limits must be positive");
    }
  }

  public LoaderLimits withMaxFileBytes(long bytes) {
    return new LoaderLimits(bytes, maxDepth, maxNodes);
  }
}
