package org.cthub.deploy.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Every example in an OpenAPI 3.1 document, each with the schema it must satisfy, and every schema object.
 *
 * <p>Walked: paths, webhooks and the components (schemas, parameters, headers, request bodies, responses,
 * path items, callbacks). Examples found: a schema's {@code example} and each item of its {@code examples} at any
 * depth (properties, items, compositions, ...), validated against that schema; a media type's, parameter's or
 * header's {@code example} and the {@code value} of each of its {@code examples} (an Example Object, or a
 * {@code $ref} to {@code components/examples}), validated against the schema beside it. A {@code $ref}'d parameter,
 * header, request body or response is walked once, where the components define it. An entry of
 * {@code components/examples} that nothing references has no schema and is not an example of anything.
 */
final class ContractExamples {

    /** One example value, where it is in the document, and the location of the schema it must satisfy. */
    record Example(Pointer where, Pointer schema, JsonNode value) {
    }

    /** What the document got wrong about an example itself, before any validation (no schema, wrong shape). */
    record Malformed(Pointer where, String why) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> ONE_SUBSCHEMA = Set.of("items", "additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SUBSCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

    private final JsonNode document;
    private final List<Example> examples = new ArrayList<>();
    private final List<Malformed> malformed = new ArrayList<>();
    private final List<Pointer> schemas = new ArrayList<>();

    private ContractExamples(JsonNode document) {
        this.document = document;
    }

    static ContractExamples of(JsonNode document) {
        ContractExamples found = new ContractExamples(document);
        found.walkDocument();
        return found;
    }

    List<Example> examples() {
        return examples;
    }

    List<Malformed> malformed() {
        return malformed;
    }

    /** Every schema object of the document (not following {@code $ref}), outermost first. */
    List<Pointer> schemas() {
        return schemas;
    }

    private void walkDocument() {
        Pointer root = Pointer.ROOT;
        each(root.add("paths"), this::pathItem);
        each(root.add("webhooks"), this::pathItem);
        Pointer components = root.add("components");
        each(components.add("schemas"), this::schema);
        each(components.add("parameters"), this::parameter);
        each(components.add("headers"), this::parameter);
        each(components.add("requestBodies"), this::requestBody);
        each(components.add("responses"), this::response);
        each(components.add("pathItems"), this::pathItem);
        each(components.add("callbacks"), callback -> each(callback, this::pathItem));
    }

    private void pathItem(Pointer item) {
        if (isRef(item)) {
            return;
        }
        elements(item.add("parameters"), this::parameter);
        for (String method : METHODS) {
            if (node(item.add(method)).isObject()) {
                operation(item.add(method));
            }
        }
    }

    private void operation(Pointer operation) {
        elements(operation.add("parameters"), this::parameter);
        requestBody(operation.add("requestBody"));
        each(operation.add("responses"), this::response);
        each(operation.add("callbacks"), callback -> each(callback, this::pathItem));
    }

    /** A parameter or a header: a schema with examples beside it, or a content map. */
    private void parameter(Pointer parameter) {
        if (isRef(parameter)) {
            return;
        }
        schemaOrMissing(parameter.add("schema"));
        examplesBeside(parameter, parameter.add("schema"));
        each(parameter.add("content"), this::mediaType);
    }

    private void requestBody(Pointer body) {
        if (!isRef(body)) {
            each(body.add("content"), this::mediaType);
        }
    }

    private void response(Pointer response) {
        if (isRef(response)) {
            return;
        }
        each(response.add("headers"), this::parameter);
        each(response.add("content"), this::mediaType);
    }

    private void mediaType(Pointer media) {
        schemaOrMissing(media.add("schema"));
        examplesBeside(media, media.add("schema"));
        each(media.add("encoding"), encoding -> each(encoding.add("headers"), this::parameter));
    }

    private void schemaOrMissing(Pointer schema) {
        if (!node(schema).isMissingNode()) {
            schema(schema);
        }
    }

    /** The example and examples (a map of Example Objects) of a media type, parameter or header. */
    private void examplesBeside(Pointer owner, Pointer schema) {
        boolean hasSchema = !node(schema).isMissingNode();
        if (node(owner).has("example")) {
            add(owner.add("example"), schema, node(owner.add("example")), hasSchema);
        }
        JsonNode named = node(owner.add("examples"));
        if (named.isMissingNode()) {
            return;
        }
        if (!named.isObject()) {
            malformed.add(new Malformed(owner.add("examples"), "examples must be a map of Example Objects"));
            return;
        }
        for (String name : named.propertyNames()) {
            Pointer where = owner.add("examples").add(name);
            JsonNode example = resolve(named.get(name));
            if (example.has("value")) {
                add(where, schema, example.get("value"), hasSchema);
            } else {
                malformed.add(new Malformed(where, "an Example Object without a value (an externalValue cannot be checked)"));
            }
        }
    }

    private void add(Pointer where, Pointer schema, JsonNode value, boolean hasSchema) {
        if (hasSchema) {
            examples.add(new Example(where, schema, value));
        } else {
            malformed.add(new Malformed(where, "an example with no schema beside it"));
        }
    }

    private void schema(Pointer schema) {
        JsonNode node = node(schema);
        if (!node.isObject()) {
            return; // true or false: nothing to walk
        }
        schemas.add(schema);
        if (node.has("example")) {
            examples.add(new Example(schema.add("example"), schema, node.get("example")));
        }
        if (node.has("examples")) {
            if (node.get("examples").isArray()) {
                for (int i = 0; i < node.get("examples").size(); i++) {
                    examples.add(new Example(schema.add("examples").add(i), schema, node.get("examples").get(i)));
                }
            } else {
                malformed.add(new Malformed(schema.add("examples"), "a schema's examples must be an array (JSON Schema 2020-12)"));
            }
        }
        for (Map.Entry<String, JsonNode> keyword : node.properties()) {
            Pointer at = schema.add(keyword.getKey());
            if (ONE_SUBSCHEMA.contains(keyword.getKey())) {
                schema(at);
            } else if (SUBSCHEMA_LISTS.contains(keyword.getKey())) {
                elements(at, this::schema);
            } else if (SUBSCHEMA_MAPS.contains(keyword.getKey())) {
                each(at, this::schema);
            }
        }
    }

    private boolean isRef(Pointer pointer) {
        return node(pointer).has("$ref");
    }

    /** An object itself, or the one its local {@code $ref} names. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("Not a reference into the document: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    JsonNode node(Pointer pointer) {
        return document.at(pointer.toString());
    }

    private void each(Pointer map, Consumer<Pointer> action) {
        JsonNode node = node(map);
        if (node.isObject()) {
            node.propertyNames().forEach(name -> action.accept(map.add(name)));
        }
    }

    private void elements(Pointer list, Consumer<Pointer> action) {
        JsonNode node = node(list);
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                action.accept(list.add(i));
            }
        }
    }
}
