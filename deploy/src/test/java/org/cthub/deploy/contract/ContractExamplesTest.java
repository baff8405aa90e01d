package org.cthub.deploy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.deploy.support.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of the contract the build writes ({@code target/contract/openapi.json}, the document the hub serves
 * at {@code /openapi}) are right, and every JSON body an integrator sends or gets has one.
 *
 * <p>Validation uses a real JSON Schema validator (networknt) in the OpenAPI 3.1 dialect (JSON Schema 2020-12 with
 * the OpenAPI vocabulary), format assertions on ({@code uuid}, {@code date-time}, {@code uri}, ...), each schema
 * taken where it stands in the whole document so that its {@code $ref}s to {@code #/components/schemas/...} resolve
 * as any OpenAPI tool resolves them. One thing is stricter than the document says: an object schema that lists its
 * {@code properties} and says nothing about others ({@code additionalProperties}, {@code patternProperties},
 * {@code unevaluatedProperties}) is taken as closed, because every such schema is a Java record of the hub's, which
 * has no other fields: an example with a misspelt or invented property fails, where the document as written would let
 * it through (and a {@code oneOf} of open schemas could not tell its branches apart).
 */
class ContractExamplesTest {

    /** Where the document is registered for the validator: a reserved name that no one resolves. */
    private static final String DOCUMENT_IRI = "https://contract.cthub.invalid/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static JsonNode document;
    private static ContractExamples contract;

    @BeforeAll
    static void readTheContract() {
        document = JsonMapper.builder().build().readTree(Contract.json());
        contract = ContractExamples.of(document);
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        Validator validator = validatorOfTheClosedDocument();
        List<String> failures = new ArrayList<>();
        contract.malformed().forEach(bad -> failures.add(bad.where() + ": " + bad.why()));
        for (ContractExamples.Example example : contract.examples()) {
            Schema schema = validator.schemaAt(example.schema());
            List<Error> errors = schema.validate(example.value());
            errors.forEach(error -> failures.add(example.where() + " " + error.getInstanceLocation() + ": " + error.getMessage()
                    + " (schema " + validator.original(error.getSchemaLocation().getFragment().toString()) + ")"));
        }
        // a walk that found nothing would pass vacuously (the contract has over 200 examples)
        assertThat(contract.examples()).as("examples found").hasSizeGreaterThan(100);
        assertThat(failures).as("examples that do not validate against their schemas (%d examples checked)",
                contract.examples().size()).isEmpty();
    }

    /**
     * Every JSON request body and every JSON 2xx response of every operation has an example an integrator can copy.
     * A media type is JSON when it is {@code application/json} or ends in {@code +json}. It has an example when
     * <ol>
     * <li>the media type itself has an {@code example} or at least one {@code examples} entry; or</li>
     * <li>its schema has one: that schema, or one its {@code $ref} leads to, has an {@code example} or a non-empty
     * {@code examples}; or</li>
     * <li>its schema is an array whose {@code items} schema has one by rule 2 or 3; or</li>
     * <li>its schema is a page, an object whose {@code items} property is an array: its item schema has one by rule
     * 2, and each other property of the page ({@code page}, {@code size}, {@code total}) has one by rule 2, so a
     * viewer composes a whole page from them.</li>
     * </ol>
     * Property-level examples alone do not count for a body (they would leave objects half shown).
     */
    @Test
    void everyJsonRequestBodyAndSuccessResponseHasAnExample() {
        List<String> missing = new ArrayList<>();
        int bodies = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode request = contract.resolve(operation.getValue().path("requestBody"));
                bodies += jsonBodiesWithoutExample(name + " request", request.path("content"), missing);
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("2")) {
                        bodies += jsonBodiesWithoutExample(name + " " + response.getKey(),
                                contract.resolve(response.getValue()).path("content"), missing);
                    }
                }
            }
        }
        assertThat(bodies).as("JSON bodies found").isGreaterThan(50);
        assertThat(missing).as("JSON bodies without an example (%d bodies checked)", bodies).isEmpty();
    }

    private int jsonBodiesWithoutExample(String where, JsonNode content, List<String> missing) {
        int bodies = 0;
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getKey().equals("application/json") || media.getKey().endsWith("+json")) {
                bodies++;
                if (!mediaTypeHasExample(media.getValue())) {
                    missing.add(where + " " + media.getKey());
                }
            }
        }
        return bodies;
    }

    private boolean mediaTypeHasExample(JsonNode media) {
        return media.has("example") || !media.path("examples").isEmpty() || schemaHasExample(media.path("schema"))
                || arrayItemsHaveExample(media.path("schema")) || pageHasExample(media.path("schema"));
    }

    /** Rule 2: the schema, or one its {@code $ref} chain leads to, has an example of its own. */
    private boolean schemaHasExample(JsonNode schema) {
        JsonNode at = schema;
        for (int hops = 0; hops < 20 && !at.isMissingNode(); hops++) {
            if (at.has("example") || !at.path("examples").isEmpty()) {
                return true;
            }
            if (!at.has("$ref")) {
                return false;
            }
            at = document.at(at.get("$ref").asString().substring(1));
        }
        return false;
    }

    private boolean arrayItemsHaveExample(JsonNode schema) {
        JsonNode array = contract.resolve(schema);
        return "array".equals(array.path("type").asString("")) && (schemaHasExample(array.path("items"))
                || arrayItemsHaveExample(array.path("items")));
    }

    private boolean pageHasExample(JsonNode schema) {
        JsonNode properties = contract.resolve(schema).path("properties");
        if (!"array".equals(properties.path("items").path("type").asString(""))) {
            return false;
        }
        return schemaHasExample(properties.path("items").path("items")) && properties.properties().stream()
                .filter(property -> !property.getKey().equals("items"))
                .allMatch(property -> schemaHasExample(property.getValue()));
    }

    /**
     * The document with its record-like object schemas closed (see the class comment), registered for the
     * validator, with a copy of every schema that has examples under {@code /x-example-schemas/<n>}: networknt does
     * not resolve a location whose pointer runs through a path template ({@code ~1countries~1{code}}), and a copy
     * in the same document keeps its {@code $ref}s meaning what they meant.
     */
    private static Validator validatorOfTheClosedDocument() {
        ObjectNode closed = (ObjectNode) document.deepCopy();
        for (Pointer schema : contract.schemas()) {
            JsonNode node = closed.at(schema.toString());
            if (node.has("properties") && !node.has("additionalProperties") && !node.has("patternProperties")
                    && !node.has("unevaluatedProperties")) {
                ((ObjectNode) node).put("unevaluatedProperties", false);
            }
        }
        Map<Pointer, Integer> copies = new LinkedHashMap<>();
        ArrayNode copied = closed.putArray("x-example-schemas");
        for (ContractExamples.Example example : contract.examples()) {
            copies.computeIfAbsent(example.schema(), schema -> {
                copied.add(closed.at(schema.toString()).deepCopy());
                return copied.size() - 1;
            });
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemaRegistryConfig(config)
                .schemas(Map.of(DOCUMENT_IRI, closed.toString())));
        return new Validator(registry, copies);
    }

    /** The schemas, ready to validate, that the examples must satisfy. */
    private record Validator(SchemaRegistry registry, Map<Pointer, Integer> copies) {

        Schema schemaAt(Pointer schema) {
            return registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#/x-example-schemas/" + copies.get(schema)));
        }

        /** A location in a copy, said as the location in the document it was copied from. */
        String original(String location) {
            for (Map.Entry<Pointer, Integer> copy : copies.entrySet()) {
                String prefix = "/x-example-schemas/" + copy.getValue();
                if (location.equals(prefix) || location.startsWith(prefix + "/")) {
                    return copy.getKey() + location.substring(prefix.length());
                }
            }
            return location;
        }
    }
}
