package org.cthub.persistence.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cthub.persistence.support.RuleViolation;

/**
 * How a partner system wants its messages as XML: a root element in a namespace, and which canonical JSON
 * values (by JSON Pointer, RFC 6901) become which elements or attributes. A declaration, not a program:
 * the hub renders it with a real XML writer, so a mapping can shape the document but never inject markup.
 * Canonical fields the mapping does not name are dropped.
 *
 * <p>A target ({@code to}) is a path of element names under the root ({@code Person/FirstName}), which may
 * end in an attribute ({@code @urgency} on the root, {@code Person/@gender}). Every target is distinct, and
 * an element that carries a value is not also a parent of other mapped elements.
 */
public final class XmlMapping {

    static final int MAX_FIELDS = 200;
    static final int MAX_DEPTH = 8;
    private static final int MAX_POINTER = 500;
    private static final int MAX_NAMESPACE = 500;
    /** What the column holds (20,000) less room for the root, the namespace and the JSON around them. */
    private static final int MAX_STORED = 19000;
    private static final String FIELD = "xmlMapping";
    /** An XML NCName, with the letters of Unicode; no colon, since every element lives in the one namespace. */
    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\u00B7]{0,99}");
    /** RFC 6901: '/'-separated tokens in which '~' appears only as '~0' or '~1'. */
    private static final Pattern POINTER = Pattern.compile("(/([^~]|~[01])*)+");
    private static final Set<String> RESERVED_NAMESPACES = Set.of("http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/");

    private final String rootElement;
    private final String namespace;
    private final List<Field> fields;

    /** One mapped value: the canonical JSON pointer it comes from, the element or attribute path it goes to. */
    public record Field(String from, String to) {
    }

    public XmlMapping(String rootElement, String namespace, List<Field> fields) {
        this.rootElement = checkName(rootElement, "rootElement");
        this.namespace = checkNamespace(namespace);
        this.fields = checkFields(fields);
    }

    public String rootElement() {
        return rootElement;
    }

    /** The namespace of the root and every element, or null for none. */
    public String namespace() {
        return namespace;
    }

    public List<Field> fields() {
        return fields;
    }

    private static String checkName(String name, String what) {
        if (name == null || !NCNAME.matcher(name).matches() || name.toLowerCase(Locale.ROOT).startsWith("xml")) {
            throw new RuleViolation(FIELD, "xmlMapping." + what + " must be an XML name without a prefix (a letter or '_', then letters, "
                    + "digits, '.', '_' or '-', at most 100, not starting with 'xml')");
        }
        return name;
    }

    private static String checkNamespace(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            return null;
        }
        try {
            if (namespace.length() > MAX_NAMESPACE || !new URI(namespace).isAbsolute() || RESERVED_NAMESPACES.contains(namespace)) {
                throw new URISyntaxException(namespace, "not absolute");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolation(FIELD, "xmlMapping.namespace must be an absolute URI such as urn:example:ngo:referral:1 (at most "
                    + MAX_NAMESPACE + " characters), not a reserved XML namespace");
        }
        return namespace;
    }

    private static List<Field> checkFields(List<Field> fields) {
        if (fields == null || fields.isEmpty() || fields.size() > MAX_FIELDS) {
            throw new RuleViolation(FIELD, "xmlMapping.fields must list 1 to " + MAX_FIELDS + " {from, to} pairs");
        }
        Set<String> targets = new HashSet<>();
        Set<String> valueElements = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (Field field : fields) {
            if (field == null) {
                throw new RuleViolation(FIELD, "xmlMapping.fields must not contain null");
            }
            checkPointer(field.from());
            List<String> steps = checkTarget(field.to());
            if (!targets.add(field.to())) {
                throw new RuleViolation(FIELD, "xmlMapping.fields maps to '" + field.to() + "' twice: every target must be distinct");
            }
            boolean attribute = steps.get(steps.size() - 1).startsWith("@");
            int elements = attribute ? steps.size() - 1 : steps.size();
            for (int i = 1; i <= elements; i++) {
                String path = String.join("/", steps.subList(0, i));
                if (i < elements) {
                    parents.add(path);
                } else if (!attribute) {
                    valueElements.add(path); // an element that only owns the attribute may also carry a value
                }
            }
        }
        for (String element : valueElements) {
            if (parents.contains(element)) {
                throw new RuleViolation(FIELD, "xmlMapping.fields uses '" + element + "' both for a value and as a parent of other elements");
            }
        }
        int size = fields.stream().mapToInt(f -> f.from().length() + f.to().length() + 20).sum();
        if (size > MAX_STORED) {
            throw new RuleViolation(FIELD, "xmlMapping is too large: its fields may total about " + MAX_STORED + " characters");
        }
        return List.copyOf(fields);
    }

    private static void checkPointer(String from) {
        if (from == null || from.length() > MAX_POINTER || !POINTER.matcher(from).matches()) {
            throw new RuleViolation(FIELD, "xmlMapping.fields[].from must be a JSON Pointer (RFC 6901) into the canonical message, "
                    + "such as /payload/caseId: '/' before each step, '~' only as ~0 or ~1, at most " + MAX_POINTER + " characters");
        }
    }

    private static List<String> checkTarget(String to) {
        String[] steps = to == null ? new String[0] : to.split("/", -1);
        if (steps.length == 0 || steps.length > MAX_DEPTH) {
            throw new RuleViolation(FIELD, "xmlMapping.fields[].to must be 1 to " + MAX_DEPTH + " element names separated by '/'");
        }
        for (int i = 0; i < steps.length; i++) {
            boolean attribute = i == steps.length - 1 && steps[i].startsWith("@");
            checkName(attribute ? steps[i].substring(1) : steps[i], "fields[].to");
        }
        return List.of(steps);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XmlMapping m && rootElement.equals(m.rootElement)
                && java.util.Objects.equals(namespace, m.namespace) && fields.equals(m.fields);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rootElement, namespace, fields);
    }

    /** For the audit log: its root, size and a fingerprint, so any change shows without listing every field. */
    @Override
    public String toString() {
        StringBuilder all = new StringBuilder(rootElement).append('|').append(namespace);
        fields.forEach(f -> all.append('|').append(f.from()).append('>').append(f.to()));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return rootElement + "(" + fields.size() + " fields, sha256:" + java.util.HexFormat.of().formatHex(digest, 0, 6) + ")";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
