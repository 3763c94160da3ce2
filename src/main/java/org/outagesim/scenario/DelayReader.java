package org.outagesim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import org.outagesim.model.spec.DelaySpec;

/**
 * Reads a {@link DelaySpec}: a plain duration, or {@code { distribution: NAME, ... }} with {@code
 * mean} (exponential, constant, lognormal), {@code min}/{@code max} (uniform) and {@code cv}
 * (lognormal). What a plain duration means depends on the key: a service time is exponential with
 * that mean, a step of a manual failover takes exactly that long.
 */
final class DelayReader {
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
    double seconds = f.duration(def.meanS());
    return plain == Plain.EXPONENTIAL
        ? new DelaySpec.Exponential(seconds)
        : new DelaySpec.Constant(seconds);
  }

  /** Like {@link #read} for a key that must be present. */
  static DelaySpec required(Section parent, String key, Plain plain) {
    parent.field(key).required();
    return read(parent, key, plain, new DelaySpec.Constant(0));
  }

  private static DelaySpec distribution(Section any, DelaySpec def) {
    Map<String, String> names = new LinkedHashMap<>();
    ScenarioShape.DELAY.variants().shapes().keySet().forEach(n -> names.put(n, n));
    String name = any.field("distribution").required().choice(null, names);
    if (name == null) {
      return def;
    }
    for (String k : any.keysOutsideVariant(name)) {
      any.field(k).problem("is not a parameter of the " + name + " distribution");
    }
    Section s = any.variant(name);
    return switch (name) {
      case "exponential" -> new DelaySpec.Exponential(mean(s));
      case "constant" -> new DelaySpec.Constant(mean(s));
      case "uniform" -> uniform(s);
      default -> new DelaySpec.LogNormal(mean(s), s.field("cv").required().number(1.0));
    };
  }

  private static double mean(Section s) {
    return s.field("mean").required().duration(1.0);
  }

  private static DelaySpec uniform(Section s) {
    double min = s.field("min").required().duration(0);
    Field maxField = s.field("max").required();
    double max = maxField.duration(min);
    if (max < min) {
      maxField.problem("must not be shorter than min (" + DurationFormat.format(min) + ")");
    }
    return new DelaySpec.Uniform(min, max);
  }
}
