package nl.koers.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import nl.koers.document.Json;

/**
 * Validates a JSON answer against a schema of an OpenAPI 3.1 document with networknt's JSON Schema
 * 2020-12 validator, its {@code $ref}s resolved in the document's {@code components}.
 */
final class OpenApiSchemas {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private OpenApiSchemas() {}

  /**
   * What is wrong with {@code body} by {@code schema}, a schema in {@code document}; empty if none.
   */
  static List<String> errors(JsonNode document, JsonNode schema, JsonNode body) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.setAll((ObjectNode) schema.deepCopy());
    root.set("components", document.get("components"));
    JsonSchema validator = FACTORY.getSchema(root);
    return validator.validate(body).stream().map(ValidationMessage::getMessage).toList();
  }
}
