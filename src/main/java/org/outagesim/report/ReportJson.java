package org.outagesim.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.outagesim.model.spec.DelaySpec;
import org.outagesim.model.spec.FaultSpec;
import org.outagesim.model.spec.ProfileSpec;
import org.outagesim.model.spec.ScenarioSpec;

/**
 * The JSON conventions of every outagesim output file, in one configured Jackson writer:
 *
 * <ul>
 *   <li>numbers as in {@link Decimal}; {@code NaN} (a metric that does not apply) as {@code null};
 *       {@code +Infinity} (an unlimited capacity) as the string {@code "unlimited"};
 *   <li>enums in their scenario spelling ({@code ACTIVE_PASSIVE} → {@code "active-passive"});
 *   <li>times as ISO-8601 with seconds and offset ({@code 2018-11-22T06:00:00+09:00});
 *   <li>faults carry their scenario {@code type} and delays their {@code distribution};
 *   <li>keys in snake case ({@code durationS} → {@code duration_s}); the scenario's profiles sorted
 *       by id (they are held in an unordered map); two-space indentation, {@code \n} line ends, a
 *       final newline.
 * </ul>
 */
public final class ReportJson {

  /** How {@code +Infinity} is written. */
  public static final String UNLIMITED = "unlimited";

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private static final ObjectWriter WRITER = build();

  private ReportJson() {}

  /** The configured writer (thread-safe). */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /** {@code value} as JSON text ending in a newline. */
  public static String toJson(Object value) throws IOException {
    return WRITER.writeValueAsString(value) + "\n";
  }

  private static ObjectWriter build() {
    SimpleModule m = new SimpleModule("outagesim-report");
    m.addSerializer(Double.class, new DoubleSerializer(Double.class));
    m.addSerializer(Double.TYPE, new DoubleSerializer(Double.TYPE));
    m.addSerializer(
        OffsetDateTime.class,
        new StdSerializer<OffsetDateTime>(OffsetDateTime.class) {
          @Override
          public void serialize(OffsetDateTime t, JsonGenerator g, SerializerProvider p)
              throws IOException {
            g.writeString(ISO_SECONDS.format(t));
          }
        });
    @SuppressWarnings({"rawtypes", "unchecked"})
    StdSerializer<Enum> enums =
        new StdSerializer<>(Enum.class) {
          @Override
          public void serialize(Enum e, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(kebab(e.name()));
          }
        };
    m.addSerializer(Enum.class, enums);
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addMixIn(ScenarioSpec.class, ScenarioMixin.class)
            .addMixIn(FaultSpec.class, FaultTypeMixin.class)
            .addMixIn(DelaySpec.class, DelayTypeMixin.class)
            .addModule(m)
            .build();
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(pretty);
  }

  static String kebab(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static final class DoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    DoubleSerializer(Class<Double> type) {
      super(type);
    }

    @Override
    public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
      if (v.isNaN()) {
        g.writeNull();
      } else if (v == Double.POSITIVE_INFINITY) {
        g.writeString(UNLIMITED);
      } else if (v == Double.NEGATIVE_INFINITY) {
        g.writeString("-" + UNLIMITED);
      } else {
        g.writeNumber(Decimal.of(v));
      }
    }
  }

  private abstract static class ScenarioMixin {
    // Read by Jackson, not called: addMixIn copies its annotation onto ScenarioSpec.profiles().
    @SuppressWarnings("UnusedMethod")
    @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
    abstract Map<String, ProfileSpec> profiles();
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonTypeIdResolver(FaultTypeId.class)
  private interface FaultTypeMixin {}

  @JsonTypeInfo(
      use = JsonTypeInfo.Id.CUSTOM,
      include = JsonTypeInfo.As.PROPERTY,
      property = "distribution")
  @JsonTypeIdResolver(DelayTypeId.class)
  private interface DelayTypeMixin {}

  /** A fault's type id is its scenario key, e.g. {@code region-outage}. */
  static final class FaultTypeId extends WriteOnlyTypeId {
    @Override
    public String idFromValue(Object value) {
      return ((FaultSpec) value).type();
    }
  }

  /** A delay's type id is its record name in kebab case, e.g. {@code log-normal}. */
  static final class DelayTypeId extends WriteOnlyTypeId {
    @Override
    public String idFromValue(Object value) {
      return kebab(value.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2"));
    }
  }

  private abstract static class WriteOnlyTypeId extends TypeIdResolverBase {
    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
      return idFromValue(value);
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
      return JsonTypeInfo.Id.CUSTOM;
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
      throw new UnsupportedOperationException("output JSON is not read back into records");
    }
  }
}
