package dev.specgen.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and power-law fits. */
public final class Stats {

  private Stats() {}

  /** The median of {@code values}; the mean of the middle two for an even count. */
  public static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>();
    values.forEach(v -> sorted.add(v.doubleValue()));
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * The least-squares fit of {@code log(y) = intercept + exponent * log(x)}: an exponent of 1.0
   * means y grows linearly with x.
   */
  public static PowerLaw fitPowerLaw(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need at least two points of equal length");
    }
    int n = x.length;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double lx = Math.log(x[i]);
      double ly = Math.log(y[i]);
      sx += lx;
      sy += ly;
      sxx += lx * lx;
      sxy += lx * ly;
    }
    double exponent = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - exponent * sx) / n;
    return new PowerLaw(exponent, intercept);
  }

  /** {@code y = exp(intercept) * x^exponent}. */
  public record PowerLaw(double exponent, double intercept) {}
}
