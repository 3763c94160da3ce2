package org.outagesim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outagesim.model.spec.DelaySpec;

/**
 * Reads a {@link DelaySpec}: a plain duration, or {@code { distribution: NAME, ... }} with
 * {@code mean} (exponential, constant, lognormal), {@code min}/{@code max} (uniform) and
 * {@code cv} (lognormal). What a plain duration means depends on the key: a service time is
 * exponential with that mean, a step of a manual failover takes exactly that long.
 */
final class DelayReader {
  private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

  static {
    PARAMETERS.put("exponential", List.of("mean"));
    PARAMETERS.put("constant", List.of("mean"));
    PARAMETERS.put("uniform", List.of("min", "max"));
    PARAMETERS.put("lognormal", List.of("mean", "cv"));
  }

  /** How a plain duration is read. */
  enum Plain {
    EXPONENTIAL,
    CONSTANT
  }

  private DelayReader() {}

  static DelaySpec read(Section parent, String key, Plain plain, DelaySpec def) {
    Field f = parent.field(key);
    if (f.present() && f.node() instanceof Node.Mapping) {
      return distribution(parent.section(key), def);
    }
    if (!f.present()) {
      return def;
    }
    double seconds = f.duration(def.meanS(), plain == Plain.EXPONENTIAL
        ? Range.POSITIVE_DURATION : Range.NON_NEGATIVE_DURATION);
    return plain == Plain.EXPONENTIAL ? new DelaySpec.Exponential(seconds) : new DelaySpec.Constant(seconds);
  }

  /** Like {@link #read} for a key that must be present. */
  static DelaySpec required(Section parent, String key, Plain plain) {
    parent.field(key).required();
    return read(parent, key, plain, new DelaySpec.Constant(0));
  }

  private static DelaySpec distribution(Section s, DelaySpec def) {
    Map<String, String> names = new LinkedHashMap<>();
    PARAMETERS.keySet().forEach(n -> names.put(n, n));
    String name = s.field("distribution").required().choice(null, names);
    if (name == null) {
      return def;
    }
    for (String k : s.keys()) {
      boolean known = ScenarioShape.DELAY.keyNames().contains(k);
      if (known && !k.equals("distribution") && !PARAMETERS.get(name).contains(k)) {
        s.field(k).problem("is not a parameter of the " + name + " distribution");
      }
    }
    switch (name) {
      case "exponential":
        return new DelaySpec.Exponential(mean(s, Range.POSITIVE_DURATION));
      case "constant":
        return new DelaySpec.Constant(mean(s, Range.NON_NEGATIVE_DURATION));
      case "uniform":
        return uniform(s);
      default:
        return new DelaySpec.LogNormal(mean(s, Range.POSITIVE_DURATION),
            s.field("cv").required().number(1.0, Range.POSITIVE));
    }
  }

  private static double mean(Section s, Range range) {
    return s.field("mean").required().duration(1.0, range);
  }

  private static DelaySpec uniform(Section s) {
    double min = s.field("min").required().duration(0, Range.NON_NEGATIVE_DURATION);
    Field maxField = s.field("max").required();
    double max = maxField.duration(min, Range.NON_NEGATIVE_DURATION);
    if (max < min) {
      maxField.problem("must not be shorter than min (" + DurationText.format(min) + ")");
    }
    return new DelaySpec.Uniform(min, max);
  }
}
