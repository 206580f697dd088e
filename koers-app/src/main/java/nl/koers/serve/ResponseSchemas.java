package nl.koers.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.koers.document.Json;

/**
 * JSON Schemas (OpenAPI 3.1, JSON Schema 2020-12) of the answers as Jackson writes them, read from
 * the same introspection Jackson serialises with: every property it writes, in its name, enums in
 * the case it writes them ({@code @JsonValue}), {@code null} allowed wherever a reference can be
 * null, and a property required when it is always written (Koers writes nulls, so all of them,
 * unless a class says {@code @JsonInclude} otherwise). One named schema per Java type; two types
 * that would get one name are an error, not a silent merge.
 */
final class ResponseSchemas {
  private final ObjectMapper mapper = Json.mapper();
  private final Map<String, JsonNode> schemas = new TreeMap<>();
  private final Map<String, JavaType> named = new HashMap<>();

  /** The named schemas made so far, for {@code components.schemas}. */
  Map<String, JsonNode> schemas() {
    return schemas;
  }

  /** A schema for values of {@code type} (a {@code $ref} for objects), null not allowed. */
  ObjectNode schema(JavaType type) {
    Class<?> raw = type.getRawClass();
    ObjectNode s = mapper.createObjectNode();
    if (raw == int.class
        || raw == long.class
        || raw == short.class
        || raw == byte.class
        || raw == Integer.class
        || raw == Long.class
        || raw == Short.class
        || raw == Byte.class) {
      return s.put("type", "integer");
    }
    if (raw == double.class || raw == float.class || Number.class.isAssignableFrom(raw)) {
      return s.put("type", "number");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return s.put("type", "boolean");
    }
    if (CharSequence.class.isAssignableFrom(raw)
        || raw == char.class
        || raw == Character.class
        || Temporal.class.isAssignableFrom(raw)
        || raw == java.nio.file.Path.class) {
      return s.put("type", "string");
    }
    if (raw.isEnum()) {
      s.put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        values.add(mapper.convertValue(constant, String.class));
      }
      return s;
    }
    if (type.isArrayType() || type.isCollectionLikeType()) {
      s.put("type", "array");
      s.set("items", nullable(type.getContentType()));
      return s;
    }
    if (type.isMapLikeType()) {
      s.put("type", "object");
      s.set("additionalProperties", nullable(type.getContentType()));
      return s;
    }
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      return s;
    }
    return s.put("$ref", "#/components/schemas/" + object(type));
  }

  /** A schema that also allows {@code null}, as a reference type's value can be. */
  ObjectNode nullable(JavaType type) {
    ObjectNode s = schema(type);
    if (type.isPrimitive()) {
      return s;
    }
    if (s.has("$ref") || s.isEmpty()) {
      if (s.isEmpty()) {
        return s;
      }
      ObjectNode any = mapper.createObjectNode();
      any.putArray("anyOf").add(s).add(mapper.createObjectNode().put("type", "null"));
      return any;
    }
    String t = s.get("type").asText();
    s.putArray("type").add(t).add("null");
    if (s.has("enum")) {
      ((ArrayNode) s.get("enum")).addNull();
    }
    return s;
  }

  /** The name of the object schema of {@code type}, made on first use. */
  private String object(JavaType type) {
    String name = name(type);
    JavaType known = named.get(name);
    if (known != null) {
      if (!known.equals(type)) {
        throw new IllegalStateException(
            "two answer types would share the schema name " + name + ": " + known + ", " + type);
      }
      return name;
    }
    named.put(name, type);
    ObjectNode s = mapper.createObjectNode();
    schemas.put(name, s);
    s.put("type", "object");
    ObjectNode properties = s.putObject("properties");
    ArrayNode required = mapper.createArrayNode();
    BeanDescription bean = mapper.getSerializationConfig().introspect(type);
    JsonInclude.Include classInclusion =
        bean.findPropertyInclusion(JsonInclude.Value.empty()).getValueInclusion();
    for (BeanPropertyDefinition p : bean.findProperties()) {
      if (!p.couldSerialize()) {
        continue;
      }
      properties.set(p.getName(), nullable(p.getPrimaryType()));
      JsonInclude.Include inclusion = p.findInclusion().getValueInclusion();
      if (inclusion == JsonInclude.Include.USE_DEFAULTS) {
        inclusion = classInclusion;
      }
      if (inclusion == JsonInclude.Include.USE_DEFAULTS
          || inclusion == JsonInclude.Include.ALWAYS) {
        required.add(p.getName());
      }
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    // what is written is all there is: a field the schema does not know is a contract break
    s.put("additionalProperties", false);
    return name;
  }

  /**
   * A type's schema name: its simple name, after its enclosing class when nested in a model class
   * ({@code FigureTable.Row} is {@code FigureTableRow}; the server's own records keep their names),
   * and the names of its type arguments ({@code Listing<TopicRow>} is {@code ListingOfTopicRow}).
   */
  static String name(JavaType type) {
    Class<?> raw = type.getRawClass();
    StringBuilder b = new StringBuilder();
    Class<?> outer = raw.getEnclosingClass();
    if (outer != null && !outer.getPackageName().equals(ResponseSchemas.class.getPackageName())) {
      b.append(outer.getSimpleName());
    }
    b.append(raw.getSimpleName());
    for (int i = 0; i < type.containedTypeCount(); i++) {
      b.append(i == 0 ? "Of" : "And").append(name(type.containedType(i)));
    }
    return b.toString();
  }
}
